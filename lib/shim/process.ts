/**
 * What the shim knows about each process it runs: a container's init, or
 * a process exec'd into it. The exit is recorded once (the reaper calls
 * exited() once per pid) and every Wait, before or after, gets it.
 */
import type { ProcessIo } from './stdio.js';

export interface Exit {
  /** The exit code, or 128+N for death by signal N (as the runc shim reports it). */
  status: number;
  at: Date;
}

export class ShimProcess {
  pid = 0;
  exit: Exit | undefined;
  /** Set while Start runs: the exit event waits for the start event. */
  starting: Promise<void> | undefined;
  private readonly waiters: ((e: Exit) => void)[] = [];

  constructor(
    readonly containerId: string,
    /** '' for the container's init. */
    readonly execId: string,
    public io: ProcessIo | undefined,
  ) {}

  /** The id containerd uses for this process in events and State. */
  get id(): string {
    return this.execId || this.containerId;
  }

  get started(): boolean {
    return this.pid > 0;
  }

  get running(): boolean {
    return this.pid > 0 && this.exit === undefined;
  }

  exited(exit: Exit): void {
    if (this.exit) return;
    this.exit = exit;
    for (const w of this.waiters.splice(0)) w(exit);
  }

  wait(): Promise<Exit> {
    if (this.exit) return Promise.resolve(this.exit);
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

/** A process exec'd into a container: added by Exec, started by Start. */
export class ExecProcess extends ShimProcess {
  constructor(
    containerId: string,
    execId: string,
    /** The OCI process (JSON), checked when it starts. */
    readonly spec: unknown,
    readonly ioPaths: { stdin: string; stdout: string; stderr: string; terminal: boolean },
  ) {
    super(containerId, execId, undefined);
  }
}

export class ShimContainer {
  readonly execs = new Map<string, ExecProcess>();
  stopOom: (() => void) | undefined;

  constructor(
    readonly id: string,
    readonly bundle: string,
    readonly init: ShimProcess,
    /** Whether it has a pid namespace of its own (else its other processes outlive init and are killed by the shim). */
    readonly ownPidNamespace: boolean,
  ) {}

  process(execId: string): ShimProcess | undefined {
    return execId ? this.execs.get(execId) : this.init;
  }
}
