import { describe, expect, it } from 'vitest';
import yargs from 'yargs';
import { fastParse, protectCommand, protectTail, subcommandAt, type Args } from '../../lib/cli/argv.js';
import { GLOBAL_OPTIONS, applyToYargs, positionalsOf } from '../../lib/cli/options.js';
import { PARSER_CONFIGURATION, declare } from '../../lib/cli/yargs-cli.js';
import { commands } from '../../lib/cli/commands/index.js';
import type { CommandSpec } from '../../lib/cli/command.js';

/**
 * The fast parser against yargs, on the same option tables: whatever the
 * fast parser accepts must come out exactly as yargs parses it, and the
 * command lines podman, conmon and containerd's shim send (shared/callers.md)
 * must all take the fast path.
 */
async function spec(name: string): Promise<CommandSpec> {
  return (await commands[name]!()).default;
}

function prepare(s: CommandSpec, argv: string[]): string[] {
  const at = argv.indexOf(s.command.split(' ')[0]!);
  if (s.tailFromFirstWord) return protectCommand(argv, at, { ...GLOBAL_OPTIONS, ...s.options });
  return s.tailAfterId ? protectTail(argv, at, { ...GLOBAL_OPTIONS, ...s.options }) : argv;
}

function fast(name: string, s: CommandSpec, argv: string[]): Args | undefined {
  return fastParse({
    argv: prepare(s, argv),
    name,
    globals: GLOBAL_OPTIONS,
    options: s.options ?? {},
    positionals: positionalsOf(s.command, s.positionalDefaults),
  });
}

async function viaYargs(s: CommandSpec, argv: string[]): Promise<Args> {
  let got: Args | undefined;
  await applyToYargs(yargs(prepare(s, argv)), GLOBAL_OPTIONS)
    .strict()
    .parserConfiguration(PARSER_CONFIGURATION)
    .command(
      s.command,
      s.describe,
      (c) => declare(c, s),
      (a) => {
        got = a as Args;
      },
    )
    .fail((msg, err) => {
      throw err ?? new Error(msg);
    })
    .parseAsync();
  if (!got) throw new Error('yargs ran no command');
  return got;
}

/** The keys a command reads: its options, the globals, its positionals and `--`. */
function relevant(s: CommandSpec, a: Args): Args {
  const keys = [...Object.keys(GLOBAL_OPTIONS), ...Object.keys(s.options ?? {}), ...positionalsOf(s.command).map((p) => p.name), '--'];
  const out: Args = {};
  for (const k of keys) {
    const v = a[k];
    // yargs leaves an empty `--` list and unused variadics as []; absent and [] read the same.
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

const accepted: string[][] = [
  // podman + conmon
  ['--log-format=json', '--log', '/ud/oci-log', 'create', '--bundle', '/ud', '--pid-file', '/run/ud/pidfile', 'c1'],
  [
    '--log-format=json',
    '--log',
    '/ud/oci-log',
    'create',
    '--bundle',
    '/b',
    '--pid-file',
    '/p',
    '--console-socket',
    '/tmp/conmon-term.abc',
    'c1',
  ],
  ['start', 'c1'],
  ['delete', '--force', 'c1'],
  ['--log', '/ud/E/oci-log', 'exec', '--pid-file', '/ud/E/exec_pid', '--process', '/ud/E/exec-process-1', '--detach', 'c1'],
  ['--log', '/ud/E/oci-log', 'exec', '--pid-file', '/p', '--process', '/f', '--detach', '--tty', '--console-socket', '/tmp/s', 'c1'],
  ['pause', 'c1'],
  ['resume', 'c1'],
  ['kill', 'c1', '10'],
  ['kill', '--all', 'c1', '15'],
  ['state', 'c1'],
  ['--debug', 'start', 'c1'],
  ['--systemd-cgroup', '--log-format=json', '--log', '/l', 'create', '--bundle', '/b', '--pid-file', '/p', 'c1'],
  // containerd's runc shim
  [
    '--root',
    '/run/containerd/runc/default',
    '--log',
    '/b/log.json',
    '--log-format',
    'json',
    'create',
    '--bundle',
    '/b',
    '--pid-file',
    '/b/init.pid',
    'c1',
  ],
  [
    '--root',
    '/run/containerd/runc/default',
    '--log',
    '/b/log.json',
    '--log-format',
    'json',
    'exec',
    '--process',
    '/tmp/runc-process1',
    '--detach',
    '--pid-file',
    '/b/e.pid',
    'c1',
  ],
  ['--root', '/r', '--log', '/b/log.json', '--log-format', 'json', 'ps', '--format', 'json', 'c1'],
  ['--root', '/r', '--log', '/b/log.json', '--log-format', 'json', 'delete', 'c1'],
  ['--root', '/r', '--log', '/b/log.json', '--log-format', 'json', 'kill', 'c1', '9'],
  // by hand
  ['run', 'c1'],
  ['run', '-d', '-b', '/b', 'c1'],
  ['run', '--keep', '--preserve-fds', '2', 'c1'],
  ['run', '--no-pivot', '--no-new-keyring', 'c1'],
  ['run', '--bundle=/b', '--pid-file=/p', 'c1'],
  ['--root=/r', 'list'],
  ['list', '-q'],
  ['list', '--format', 'json'],
  ['list', '-f', 'table'],
  ['--rootless', 'true', 'list'],
  ['--rootless=false', 'state', 'c1'],
  ['kill', 'c1'],
  ['kill', '-a', 'c1', 'KILL'],
  ['delete', '-f', 'c1'],
  ['exec', 'c1', 'sh', '-c', 'echo -e hi'],
  ['exec', '-e', 'A=1', '-e', 'B=2', '--cwd', '/tmp', '-u', '1000:1000', 'c1', 'id'],
  ['exec', '--cap', 'CAP_KILL', '-g', '10', '-g', '20', '-t', 'c1', 'sh'],
  ['exec', 'c1', '--', 'ls', '-l'],
  ['ps', 'c1'],
  ['ps', 'c1', '-o', 'pid'],
  ['ps', '-f', 'table', 'c1', 'aux'],
  ['events', '--stats', 'c1'],
  ['events', '--interval', '1s', 'c1'],
  ['features'],
  ['run', 'run'],
  ['state', '123'],
  // hutch sandbox: the first word starts the command, flags after it are the command's
  ['sandbox', '--', 'make', 'test'],
  ['sandbox', 'ls', '-la', '--rw', '/x'],
  ['sandbox', '--rw', '/a', '--tmpfs', '/b', '--rw=/c', '--hide', '/d', '--ro', '/e', '--', 'sh', '-c', 'x'],
  [
    'sandbox',
    '--net',
    'host',
    '-e',
    'A=1',
    '--env',
    'B=2',
    '--clear-env',
    '--timeout',
    '30s',
    '--memory',
    '512m',
    '--pids-limit',
    '10',
    'true',
  ],
  ['--root', '/r', 'sandbox', '--keep', 'dev', '--image', '/img.tar:latest', '--cwd', '/w', 'sleep', 'infinity'],
];

const declined: string[][] = [
  ['run'], // missing id: yargs's message
  ['state', 'a', 'b'], // one too many
  ['run', '--bogus', 'c1'], // unknown option
  ['run', '--help'],
  ['-h'],
  ['list', '--format', 'yaml'], // not a choice: yargs's message
  ['run', '-dk', 'c1'], // bundled short flags
  ['run', '--no-detach', 'c1'], // no such option (runc has no negations)
  ['run', '--detach', 'true', 'c1'], // boolean with a separate value
  ['--root', '/a', '--root', '/b', 'list'], // repeated scalar
  ['run', '--preserve-fds', 'x', 'c1'], // not a number
  ['run', '--pid-file', '--keep', 'c1'], // a flag where a value belongs
  ['--log', 'run', 'c1'], // the value swallowed the command
  ['sandbox', '--net', 'bridge', 'true'], // not a choice
];

describe('fast argv parser', () => {
  for (const argv of accepted) {
    it(`parses like yargs: ${argv.join(' ')}`, async () => {
      const name = argv[subcommandAt(argv, GLOBAL_OPTIONS)]!;
      const s = await spec(name);
      const got = fast(name, s, argv);
      expect(got, 'the fast parser declined a plain command line').toBeDefined();
      expect(relevant(s, got!)).toEqual(relevant(s, await viaYargs(s, argv)));
    });
  }

  for (const argv of declined) {
    it(`leaves to yargs: ${argv.join(' ')}`, async () => {
      const name = argv.find((a) => a in commands) ?? 'run';
      expect(fast(name, await spec(name), argv)).toBeUndefined();
    });
  }

  it('declines for commands whose options need a builder', async () => {
    for (const name of ['update', 'spec', 'bundle']) expect((await spec(name)).builder, name).toBeDefined();
  });
});

describe('repeated flags through yargs', () => {
  it('a single-valued flag given twice: the last wins, as with runc', async () => {
    const got = await viaYargs(await spec('list'), ['--root', '/a', '--root', '/b', 'list']);
    expect(got.root).toBe('/b');
    const exec = await viaYargs(await spec('exec'), ['exec', '--cwd', '/a', '--cwd', '/b', 'c1', 'true']);
    expect(exec.cwd).toBe('/b');
  });

  it('list-valued flags still collect every value', async () => {
    const got = await viaYargs(await spec('exec'), [
      'exec',
      '-e',
      'A=1',
      '-e',
      'B=2',
      '--cap',
      'CAP_KILL',
      '--cap',
      'CAP_CHOWN',
      'c1',
      'true',
    ]);
    expect(got.env).toEqual(['A=1', 'B=2']);
    expect(got.cap).toEqual(['CAP_KILL', 'CAP_CHOWN']);
  });
});
