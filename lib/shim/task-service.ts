/**
 * The shim's Task service (containerd.task.v2.Task): every call runs
 * hutch's verbs in this process, on the containers this shim created.
 * containerd's calls and what they do here:
 *
 *   Create    mount the rootfs, open stdio, hutch create (init waits for Start)
 *   Start     hutch start, or for an exec id hutch exec (detached, reaped here)
 *   Exec      record the process (it starts with Start)
 *   Kill      hutch kill (init, `all`), or a signal to the exec'd process
 *   Delete    hutch delete, unmount the rootfs; or forget an exited exec
 *   Wait      the exit status, once the reaper has it
 *   State, Pids, Pause, Resume, Update, Stats, CloseIO, ResizePty, Connect, Shutdown
 *
 * Events go out as containerd's runc shim sends them; an exit is published
 * only after the start it follows.
 */
import { readlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { RuntimeContext } from '../context.js';
import type { WaitResult } from '../sys/libc.js';
import { HutchError } from '../errors.js';
import { anyOf, containerd, encode, events as ev, task, timestamp, type MessageType } from './proto.js';
import type { TaskApi, TaskMethod, TaskRequest, TaskResponseInit } from './task-api.js';
import { writeDeleteMarker } from './delete-marker.js';
import { Topic, type Publisher } from './events.js';
import type { Reaper } from './reaper.js';
import { ExecProcess, ShimContainer, ShimProcess, type Exit } from './process.js';
import { ProcessIo } from './stdio.js';
import { mountRootfs, unmountRootfs } from './rootfs.js';
import { metricsOf } from './metrics.js';
import { runtimeFailure } from './errors.js';
import { mark } from '../timing.js';
import { Code, TtrpcError, alreadyExists, notFound, notImplemented } from './ttrpc/status.js';

type Libc = typeof import('../sys/libc.js');
type Req<M extends TaskMethod> = TaskRequest<M>;
type Res<M extends TaskMethod> = TaskResponseInit<M>;
const TaskStatus = containerd.types.TaskStatus;

export interface TaskServiceDeps {
  ctx: RuntimeContext;
  libc: Libc;
  reaper: Reaper;
  publisher: Publisher;
  version: string;
  /** Shutdown found no containers left: the shim may exit once the answer is out. */
  onIdle: () => void;
}

/** How long Delete waits for a terminal's last output, and for a killed init to be reaped. */
const DRAIN_TIMEOUT_MS = 2_000;

const ts = (d: Date | undefined) => (d ? timestamp(d) : undefined);

export class TaskService implements TaskApi {
  private readonly containers = new Map<string, ShimContainer>();

  constructor(private readonly deps: TaskServiceDeps) {}

  get size(): number {
    return this.containers.size;
  }

  private container(id: string): ShimContainer {
    const c = this.containers.get(id);
    if (!c) throw notFound(`container ${id}`);
    return c;
  }

  private process(id: string, execId: string): ShimProcess {
    const p = this.container(id).process(execId);
    if (!p) throw notFound(`process ${execId}`);
    return p;
  }

  /** Events are named as containerd's typeurl names them: containerd.events.TaskCreate ... */
  private publish<P>(topic: Topic, type: MessageType<unknown, P> & { getTypeUrl(prefix?: string): string }, event: P): void {
    this.deps.publisher.publish(topic, anyOf(type, type.getTypeUrl('').replace(/^\//, ''), event));
  }

  async create(req: Req<'Create'>): Promise<Res<'Create'>> {
    if (this.containers.has(req.id)) throw alreadyExists(`container ${req.id}`);
    if (req.checkpoint) throw notImplemented('restore from a checkpoint');
    const { ctx, libc, reaper } = this.deps;
    await mountRootfs(req.bundle, req.rootfs).catch((err) => {
      throw runtimeFailure('create', err);
    });
    let io: ProcessIo | undefined;
    const release = reaper.hold();
    try {
      io = ProcessIo.open({ stdin: req.stdin, stdout: req.stdout, stderr: req.stderr, terminal: req.terminal }, libc);
      let master: number | undefined;
      const { create } = await import('../container/create.js');
      mark('create loaded');
      const record = await create(ctx, req.id, {
        source: { bundle: req.bundle },
        stdio: io.stdio,
        pidFile: join(req.bundle, 'init.pid'),
        onConsole: (m) => (master = m),
      }).catch((err) => {
        throw runtimeFailure('create', err);
      });
      mark('created');
      io.handedOver();
      if (master !== undefined) io.attachConsole(master);
      const init = new ShimProcess(req.id, '', io);
      init.pid = record.pid;
      const c = new ShimContainer(req.id, req.bundle, init, ownPidNamespace(record.pid));
      this.containers.set(req.id, c);
      reaper.watch(record.pid, (r) => void this.exited(c, init, r));
      await this.watchOom(c);
      this.publish(Topic.create, ev.TaskCreate, taskCreate(req, record.pid));
      return { pid: record.pid };
    } catch (err) {
      io?.close();
      await unmountRootfs(req.bundle).catch(() => undefined);
      throw err;
    } finally {
      release();
    }
  }

  private async watchOom(c: ShimContainer): Promise<void> {
    const { loadContainer } = await import('../container/container.js');
    const manager = await loadContainer(this.deps.ctx, c.id).cgroups();
    if (!manager) return;
    const { watchOom } = await import('../cgroups/oom.js');
    const w = watchOom(manager, () => this.publish(Topic.oom, ev.TaskOOM, { containerId: c.id }), 500);
    c.stopOom = () => w.stop();
  }

  async start(req: Req<'Start'>): Promise<Res<'Start'>> {
    const c = this.container(req.id);
    if (req.execId) return { pid: await this.startExec(c, req.execId) };
    const init = c.init;
    let done!: () => void;
    init.starting = new Promise((r) => (done = r));
    try {
      const { start } = await import('../container/start.js');
      await start(this.deps.ctx, c.id).catch((err) => {
        throw runtimeFailure('start', err);
      });
      this.publish(Topic.start, ev.TaskStart, { containerId: c.id, pid: init.pid });
      return { pid: init.pid };
    } finally {
      done();
      init.starting = undefined;
    }
  }

  private async startExec(c: ShimContainer, execId: string): Promise<number> {
    const p = c.execs.get(execId);
    if (!p) throw notFound(`process ${execId}`);
    if (p.started || p.exit)
      throw new TtrpcError(Code.FAILED_PRECONDITION, `process ${execId} has already been started: failed precondition`);
    const { ctx, libc, reaper } = this.deps;
    const release = reaper.hold();
    try {
      const io = ProcessIo.open(p.ioPaths, libc);
      p.io = io;
      let pid = 0;
      let master: number | undefined;
      const { exec } = await import('../container/exec.js');
      await exec(ctx, c.id, {
        process: p.spec,
        detach: true,
        stdio: io.stdio,
        onPid: (n) => (pid = n),
        onConsole: (m) => (master = m),
      }).catch((err) => {
        io.close();
        p.exited({ status: 255, at: new Date() });
        throw runtimeFailure('exec', err);
      });
      io.handedOver();
      if (master !== undefined) io.attachConsole(master);
      p.pid = pid;
      this.publish(Topic.execStarted, ev.TaskExecStarted, { containerId: c.id, execId, pid });
      reaper.watch(pid, (r) => void this.exited(c, p, r));
      return pid;
    } finally {
      release();
    }
  }

  /** The reaper saw `p` exit: record it, then tell containerd (after the start event). */
  private async exited(c: ShimContainer, p: ShimProcess, r: WaitResult): Promise<void> {
    const exit: Exit = { status: r.code, at: new Date() };
    if (p === c.init && !c.ownPidNamespace) await this.killRest(c);
    await p.starting;
    p.exited(exit);
    this.publish(Topic.exit, ev.TaskExit, { containerId: c.id, id: p.id, pid: p.pid, exitStatus: exit.status, exitedAt: ts(exit.at) });
  }

  /** Sharing the host's pid namespace, the container's other processes outlive init: end them, as the runc shim does. */
  private async killRest(c: ShimContainer): Promise<void> {
    try {
      const { pids } = await import('../container/ps.js');
      for (const pid of await pids(this.deps.ctx, c.id)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // gone
        }
      }
    } catch {
      // the container's record is gone: nothing left to find
    }
  }

  async delete(req: Req<'Delete'>): Promise<Res<'Delete'>> {
    const c = this.container(req.id);
    const p = this.process(req.id, req.execId);
    if (p.running || (p === c.init && c.init.starting))
      throw new TtrpcError(Code.FAILED_PRECONDITION, `cannot delete a running process: failed precondition`);
    if (p instanceof ExecProcess) {
      c.execs.delete(p.execId);
      p.io?.close();
      return { pid: p.pid, exitStatus: p.exit?.status ?? 0, exitedAt: ts(p.exit?.at) };
    }
    const { remove } = await import('../container/delete.js');
    await remove(this.deps.ctx, c.id, { force: true }).catch((err) => {
      throw runtimeFailure('delete', err);
    });
    // Created but never started: the delete killed init; the reaper reports it.
    const exit = await within(c.init.wait(), DRAIN_TIMEOUT_MS);
    await within(c.init.io?.drained ?? Promise.resolve(), DRAIN_TIMEOUT_MS);
    c.init.io?.close();
    for (const e of c.execs.values()) e.io?.close();
    c.stopOom?.();
    await unmountRootfs(c.bundle).catch((err: unknown) => this.deps.ctx.log.warn(`unmount ${c.bundle}/rootfs: ${(err as Error).message}`));
    this.containers.delete(c.id);
    const res = { pid: c.init.pid, exitStatus: exit?.status ?? 0, exitedAt: ts(exit?.at) };
    writeDeleteMarker(c.bundle, encode(task.DeleteResponse, res));
    this.publish(Topic.delete, ev.TaskDelete, { containerId: c.id, ...res });
    return res;
  }

  async exec(req: Req<'Exec'>): Promise<Res<'Exec'>> {
    const c = this.container(req.id);
    if (c.execs.has(req.execId)) throw alreadyExists(`id ${req.execId}`);
    if (c.init.exit) throw new TtrpcError(Code.FAILED_PRECONDITION, `container ${req.id} has stopped: failed precondition`);
    let spec: unknown;
    try {
      spec = JSON.parse(Buffer.from(req.spec?.value ?? []).toString('utf8'));
    } catch (err) {
      throw new TtrpcError(
        Code.INVALID_ARGUMENT,
        `exec ${req.execId}: the process spec is not JSON (${(err as Error).message}): invalid argument`,
      );
    }
    c.execs.set(
      req.execId,
      new ExecProcess(c.id, req.execId, spec, { stdin: req.stdin, stdout: req.stdout, stderr: req.stderr, terminal: req.terminal }),
    );
    this.publish(Topic.execAdded, ev.TaskExecAdded, { containerId: c.id, execId: req.execId });
    return {};
  }

  async kill(req: Req<'Kill'>): Promise<Res<'Kill'>> {
    const c = this.container(req.id);
    const p = this.process(req.id, req.execId);
    if (p.exit) throw notFound('process already finished');
    if (p === c.init) {
      const { kill } = await import('../container/kill.js');
      await kill(this.deps.ctx, c.id, req.signal, { all: req.all }).catch((err: unknown) => {
        if (err instanceof HutchError && err.code === 'not-running') throw notFound('process already finished');
        throw err;
      });
      return {};
    }
    if (!p.started) throw new TtrpcError(Code.FAILED_PRECONDITION, 'process not created: failed precondition');
    try {
      process.kill(p.pid, req.signal);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') throw notFound('process already finished');
      throw new TtrpcError(Code.UNKNOWN, `kill ${p.pid}: ${(err as Error).message}`);
    }
    return {};
  }

  async state(req: Req<'State'>): Promise<Res<'State'>> {
    const c = this.container(req.id);
    const p = this.process(req.id, req.execId);
    const paths = p instanceof ExecProcess ? p.ioPaths : (p.io?.paths ?? { stdin: '', stdout: '', stderr: '', terminal: false });
    return {
      id: p.id,
      execId: p.execId,
      bundle: c.bundle,
      pid: p.pid,
      status: await this.statusOf(c, p),
      stdin: paths.stdin,
      stdout: paths.stdout,
      stderr: paths.stderr,
      terminal: paths.terminal,
      exitStatus: p.exit?.status ?? 0,
      exitedAt: ts(p.exit?.at),
    };
  }

  private async statusOf(c: ShimContainer, p: ShimProcess): Promise<containerd.types.TaskStatus> {
    if (p.exit) return TaskStatus.STOPPED;
    if (p !== c.init) return p.started ? TaskStatus.RUNNING : TaskStatus.CREATED;
    const { loadContainer } = await import('../container/container.js');
    let status: string;
    try {
      status = loadContainer(this.deps.ctx, c.id).status();
    } catch {
      return TaskStatus.STOPPED;
    }
    switch (status) {
      case 'creating':
      case 'created':
        return TaskStatus.CREATED;
      case 'running':
        return TaskStatus.RUNNING;
      case 'paused':
        return TaskStatus.PAUSED;
      default:
        return TaskStatus.STOPPED;
    }
  }

  async pids(req: Req<'Pids'>): Promise<Res<'Pids'>> {
    const c = this.container(req.id);
    const { pids } = await import('../container/ps.js');
    const byPid = new Map([...c.execs.values()].filter((e) => e.running).map((e) => [e.pid, e.execId]));
    return {
      processes: (await pids(this.deps.ctx, c.id)).map((pid) => {
        const execId = byPid.get(pid);
        return { pid, info: execId ? anyOf(task.ProcessDetails, 'containerd.runc.v1.ProcessDetails', { execId }) : undefined };
      }),
    };
  }

  async pause(req: Req<'Pause'>): Promise<Res<'Pause'>> {
    this.container(req.id);
    const { pause } = await import('../container/pause.js');
    await pause(this.deps.ctx, req.id);
    this.publish(Topic.paused, ev.TaskPaused, { containerId: req.id });
    return {};
  }

  async resume(req: Req<'Resume'>): Promise<Res<'Resume'>> {
    this.container(req.id);
    const { resume } = await import('../container/resume.js');
    await resume(this.deps.ctx, req.id);
    this.publish(Topic.resumed, ev.TaskResumed, { containerId: req.id });
    return {};
  }

  async checkpoint(): Promise<Res<'Checkpoint'>> {
    throw notImplemented('checkpoint');
  }

  async resizePty(req: Req<'ResizePty'>): Promise<Res<'ResizePty'>> {
    const p = this.process(req.id, req.execId);
    if (!p.io) throw new TtrpcError(Code.FAILED_PRECONDITION, 'process not started: failed precondition');
    p.io.resize(req.width, req.height);
    return {};
  }

  async closeIO(req: Req<'CloseIO'>): Promise<Res<'CloseIO'>> {
    const p = this.process(req.id, req.execId);
    if (req.stdin) p.io?.closeStdin();
    return {};
  }

  async update(req: Req<'Update'>): Promise<Res<'Update'>> {
    this.container(req.id);
    const [{ parseResources }, { update }] = await Promise.all([import('../config/parse-resources.js'), import('../container/update.js')]);
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(req.resources?.value ?? []).toString('utf8'));
    } catch (err) {
      throw new TtrpcError(Code.INVALID_ARGUMENT, `update: the resources are not JSON (${(err as Error).message}): invalid argument`);
    }
    await update(this.deps.ctx, req.id, parseResources(json, 'resources'));
    return {};
  }

  async wait(req: Req<'Wait'>): Promise<Res<'Wait'>> {
    const exit = await this.process(req.id, req.execId).wait();
    return { exitStatus: exit.status, exitedAt: ts(exit.at) };
  }

  async stats(req: Req<'Stats'>): Promise<Res<'Stats'>> {
    this.container(req.id);
    const { statsSource } = await import('../container/stats.js');
    const m = await statsSource(this.deps.ctx, req.id);
    return {
      stats: metricsOf(
        m.stats(),
        safe(() => m.oomCount(), 0),
      ),
    };
  }

  async connect(req: Req<'Connect'>): Promise<Res<'Connect'>> {
    return { shimPid: process.pid, taskPid: this.containers.get(req.id)?.init.pid ?? 0, version: this.deps.version };
  }

  async shutdown(): Promise<Res<'Shutdown'>> {
    // With containers left, the request is ignored (as the runc shim does): another task still needs this shim.
    if (this.containers.size === 0) this.deps.onIdle();
    return {};
  }
}

function taskCreate(req: TaskRequest<'Create'>, pid: number) {
  return {
    containerId: req.id,
    bundle: req.bundle,
    rootfs: req.rootfs,
    io: { stdin: req.stdin, stdout: req.stdout, stderr: req.stderr, terminal: req.terminal },
    checkpoint: req.checkpoint,
    pid,
  };
}

function ownPidNamespace(pid: number): boolean {
  try {
    return readlinkSync(`/proc/${pid}/ns/pid`) !== readlinkSync('/proc/self/ns/pid');
  } catch {
    return true;
  }
}

async function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), ms)));
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
