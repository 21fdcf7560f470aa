import { describe, expect, it } from 'vitest';
import { parseSignal, signalName, signalNames } from '../../lib/signals.js';

describe('parseSignal (runc kill semantics)', () => {
  it('accepts names in any case, with or without SIG', () => {
    for (const s of ['KILL', 'SIGKILL', 'sigkill', 'kill', 'Kill', 'SigKill']) expect(parseSignal(s)).toBe(9);
    expect(parseSignal('TERM')).toBe(15);
    expect(parseSignal('usr1')).toBe(10);
    expect(parseSignal('SIGSTKFLT')).toBe(16);
    expect(parseSignal('PWR')).toBe(30);
    expect(parseSignal('SYS')).toBe(31);
    expect(parseSignal('winch')).toBe(28);
  });

  it('passes decimal numbers through unchecked, like strconv.Atoi', () => {
    expect(parseSignal('9')).toBe(9);
    expect(parseSignal('+18')).toBe(18);
    expect(parseSignal('0')).toBe(0);
    expect(parseSignal('34')).toBe(34);
    expect(parseSignal('99')).toBe(99); // kill(2) reports EINVAL, as with runc
    expect(parseSignal('-18')).toBe(-18);
  });

  it("rejects aliases and forms runc's table lacks, with runc's text", () => {
    for (const s of ['RTMIN', 'RTMIN+1', 'SIGRTMIN+1', 'IOT', 'SIGIOT', 'POLL', 'CLD', 'UNUSED', 'SIG', 'sig18', '0x12', ' 18', 'FOO']) {
      expect(() => parseSignal(s), s).toThrow(`unknown signal ${JSON.stringify(s)}`);
    }
    expect(() => parseSignal('FOO')).toThrow('unknown signal "FOO"');
  });

  it('names signals', () => {
    expect(signalName(9)).toBe('SIGKILL');
    expect(signalName(1)).toBe('SIGHUP');
    expect(signalName(31)).toBe('SIGSYS');
    expect(signalName(34)).toBe('SIGRTMIN');
    expect(signalName(37)).toBe('SIGRTMIN+3');
    expect(signalName(64)).toBe('SIGRTMIN+30');
    expect(signalName(0)).toBe('signal 0');
    expect(signalName(99)).toBe('signal 99');
    expect(signalNames()).toHaveLength(31);
  });

  it('round-trips every named signal', () => {
    for (let n = 1; n <= 31; n++) expect(parseSignal(signalName(n))).toBe(n);
  });
});
