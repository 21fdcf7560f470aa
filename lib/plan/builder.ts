import { Op, OnError, AluOp } from './format.js';
import type { SyscallName } from '../sys/syscalls.js';
import type { ErrorCode } from '../errors.js';
import { InternalError } from '../errors.js';

/** A piece of the plan's data area: bytes, zeroed space, or a NULL-terminated pointer array. */
export class DataBlock {
  constructor(
    readonly id: number,
    readonly size: number,
    readonly content:
      | { kind: 'bytes'; bytes: Buffer; text?: string }
      | { kind: 'zero' }
      | { kind: 'pointers'; items: DataBlock[] }
      | { kind: 'struct'; bytes: Buffer; pointers: { offset: number; block: DataBlock }[] },
    readonly label: string,
  ) {}
}

/** A value an argument can take. */
export type Value =
  | number
  | bigint
  | { kind: 'addr'; block: DataBlock; offset: number }
  | { kind: 'result'; step: Step }
  | { kind: 'load32' | 'load64'; block: DataBlock; offset: number };

export class Label {
  index = -1;
  constructor(readonly name: string) {}
}

export interface StepOptions {
  /** Human description used in errors and --dry-run: "mount proc on /proc". */
  what: string;
  /** What to do when the syscall fails. A Label means: jump there. */
  onError?: 'fail' | 'ignore' | Label;
  /** An errno that counts as success (e.g. EEXIST for mkdir). */
  okErrno?: number;
  /** Optional rendering of each argument for --dry-run (flag names etc.). */
  show?: (string | undefined)[];
  /** Words for the failure in place of the errno's ("executable file not found in $PATH"). */
  reason?: string;
  /** Why it failed, beyond runc's words: appended to the message ("/adir is a directory"). */
  cause?: string;
  /** The HutchError code of a failure of this step (default: start-failed). */
  code?: ErrorCode;
}

export interface Step {
  index: number;
  op: Op;
  nr: number;
  name: string;
  args: Value[];
  policy: OnError;
  target: Label | undefined;
  okErrno: number;
  what: string;
  show: (string | undefined)[];
  reason?: string;
  cause?: string;
  code?: ErrorCode;
}

/**
 * Builds a plan: a list of steps over a data area. Nothing here touches the
 * kernel; lib/plan/encode.ts turns the result into bytes at a given address.
 */
export class PlanBuilder {
  readonly steps: Step[] = [];
  readonly blocks: DataBlock[] = [];
  private pendingLabels: Label[] = [];

  constructor(readonly syscallNumbers: Readonly<Record<SyscallName, number>>) {}

  // ---- data -------------------------------------------------------------

  /** A NUL-terminated string. */
  string(s: string): DataBlock {
    const bytes = Buffer.concat([Buffer.from(s, 'utf8'), Buffer.alloc(1)]);
    return this.add(bytes.length, { kind: 'bytes', bytes, text: s }, JSON.stringify(s));
  }

  bytes(buf: Buffer, label = `bytes[${buf.length}]`): DataBlock {
    return this.add(buf.length, { kind: 'bytes', bytes: buf }, label);
  }

  zeros(size: number, label = `buf[${size}]`): DataBlock {
    return this.add(size, { kind: 'zero' }, label);
  }

  /** A NULL-terminated array of pointers to strings (argv, envp). */
  stringArray(items: string[]): DataBlock {
    const blocks = items.map((s) => this.string(s));
    return this.add((blocks.length + 1) * 8, { kind: 'pointers', items: blocks }, JSON.stringify(items));
  }

  /** Bytes with absolute addresses of other blocks patched in at the given offsets (msghdr, iovec). */
  struct(bytes: Buffer, pointers: { offset: number; block: DataBlock }[], label: string): DataBlock {
    return this.add(bytes.length, { kind: 'struct', bytes, pointers }, label);
  }

  private add(size: number, content: DataBlock['content'], label: string): DataBlock {
    const b = new DataBlock(this.blocks.length, size, content, label);
    this.blocks.push(b);
    return b;
  }

  // ---- values -----------------------------------------------------------

  addr(block: DataBlock, offset = 0): Value {
    return { kind: 'addr', block, offset };
  }
  result(step: Step): Value {
    return { kind: 'result', step };
  }
  load32(block: DataBlock, offset = 0): Value {
    return { kind: 'load32', block, offset };
  }
  load64(block: DataBlock, offset = 0): Value {
    return { kind: 'load64', block, offset };
  }

  // ---- steps ------------------------------------------------------------

  syscall(name: SyscallName, args: Value[], opts: StepOptions): Step {
    const onError = opts.onError ?? 'fail';
    return this.push({
      op: Op.Syscall,
      nr: this.syscallNumbers[name],
      name,
      args,
      policy: onError === 'fail' ? OnError.Fail : onError === 'ignore' ? OnError.Ignore : OnError.Jump,
      target: onError instanceof Label ? onError : undefined,
      okErrno: opts.okErrno ?? 0,
      what: opts.what,
      show: opts.show ?? [],
      reason: opts.reason,
      cause: opts.cause,
      code: opts.code,
    });
  }

  jump(to: Label): Step {
    return this.control(Op.Jump, 'jump', [], to, `goto ${to.name}`);
  }
  jumpIfEqual(a: Value, b: Value, to: Label, what: string): Step {
    return this.control(Op.Jeq, 'jeq', [a, b], to, what);
  }
  jumpIfNotEqual(a: Value, b: Value, to: Label, what: string): Step {
    return this.control(Op.Jne, 'jne', [a, b], to, what);
  }
  store64(value: Value, block: DataBlock, offset = 0): Step {
    return this.control(Op.Store64, 'store64', [value, this.addr(block, offset)], undefined, `store into ${block.label}`);
  }
  store32(value: Value, block: DataBlock, offset = 0): Step {
    return this.control(Op.Store32, 'store32', [value, this.addr(block, offset)], undefined, `store into ${block.label}`);
  }
  itoa(value: Value, block: DataBlock, offset = 0): Step {
    return this.control(Op.Itoa, 'itoa', [value, this.addr(block, offset)], undefined, `format number into ${block.label}`);
  }
  alu(op: AluOp, a: Value, b: Value, what: string): Step {
    const s = this.control(Op.Alu, 'alu', [a, b], undefined, what);
    s.nr = op;
    return s;
  }
  /** exit_group(code): a constant, or a value computed at run time (a reaped child's status). */
  exit(code: Value, what = typeof code === 'number' ? `exit ${code}` : 'exit'): Step {
    return this.control(Op.Exit, 'exit', [code], undefined, what);
  }
  /** Report failure of `step` with the errno held in `errno`. */
  fail(step: Step, errno: Value, what: string): Step {
    return this.control(Op.Fail, 'fail', [step.index, errno], undefined, what);
  }

  /** Fail here with a fixed errno, reported as this step (its `what`, `reason`, `cause` and `code`). */
  failHere(errno: number, opts: Pick<StepOptions, 'what' | 'reason' | 'cause' | 'code'>): Step {
    const s = this.control(Op.Fail, 'fail', [0, errno], undefined, opts.what);
    s.args[0] = s.index;
    Object.assign(s, { reason: opts.reason, cause: opts.cause, code: opts.code });
    return s;
  }

  /**
   * Stop the plan with `what` as the whole message (a check the plan made
   * itself failed; no errno to add): the step reports itself with errno 0.
   */
  refuse(what: string): Step {
    return this.control(Op.Fail, 'fail', [this.steps.length, 0], undefined, what);
  }

  label(name: string): Label {
    return new Label(name);
  }

  /** Bind a label to the next step added. */
  place(label: Label): void {
    this.pendingLabels.push(label);
  }

  private control(op: Op, name: string, args: Value[], target: Label | undefined, what: string): Step {
    return this.push({ op, nr: 0, name, args, policy: OnError.Fail, target, okErrno: 0, what, show: [] });
  }

  private push(s: Omit<Step, 'index'>): Step {
    const step: Step = { ...s, index: this.steps.length };
    for (const l of this.pendingLabels) l.index = step.index;
    this.pendingLabels = [];
    this.steps.push(step);
    return step;
  }

  /** Labels still unplaced point past the end (the interpreter then exits 0). */
  finish(): void {
    for (const l of this.pendingLabels) l.index = this.steps.length;
    this.pendingLabels = [];
    for (const s of this.steps) {
      if (s.target && s.target.index < 0) throw new InternalError(`plan: label ${s.target.name} was never placed`);
    }
  }
}
