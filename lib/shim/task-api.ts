/**
 * The Task service's methods (containerd.task.v2.Task, the shim v2 API of
 * containerd 1.6), each with its request and response types: the server
 * decodes and encodes with them, and so does a client of a shim.
 */
import { google, task } from './proto.js';
import { unary, type CallInfo, type Handler } from './ttrpc/server.js';
import type { TtrpcClient } from './ttrpc/client.js';

export const TASK_SERVICE = 'containerd.task.v2.Task';

const Empty = google.protobuf.Empty;

export const TASK_METHODS = {
  State: [task.StateRequest, task.StateResponse],
  Create: [task.CreateTaskRequest, task.CreateTaskResponse],
  Start: [task.StartRequest, task.StartResponse],
  Delete: [task.DeleteRequest, task.DeleteResponse],
  Pids: [task.PidsRequest, task.PidsResponse],
  Pause: [task.PauseRequest, Empty],
  Resume: [task.ResumeRequest, Empty],
  Checkpoint: [task.CheckpointTaskRequest, Empty],
  Kill: [task.KillRequest, Empty],
  Exec: [task.ExecProcessRequest, Empty],
  ResizePty: [task.ResizePtyRequest, Empty],
  CloseIO: [task.CloseIORequest, Empty],
  Update: [task.UpdateTaskRequest, Empty],
  Wait: [task.WaitRequest, task.WaitResponse],
  Stats: [task.StatsRequest, task.StatsResponse],
  Connect: [task.ConnectRequest, task.ConnectResponse],
  Shutdown: [task.ShutdownRequest, Empty],
} as const;

export type TaskMethod = keyof typeof TASK_METHODS;
type Methods = typeof TASK_METHODS;
/** A decoded request (what the service receives). */
export type TaskRequest<M extends TaskMethod> = ReturnType<Methods[M][0]['decode']>;
/** A request to send (plain object). */
export type TaskRequestInit<M extends TaskMethod> = Parameters<Methods[M][0]['encode']>[0];
/** A response to send (plain object). */
export type TaskResponseInit<M extends TaskMethod> = Parameters<Methods[M][1]['encode']>[0];
/** A decoded response (what a client receives). */
export type TaskResponse<M extends TaskMethod> = ReturnType<Methods[M][1]['decode']>;

/** The service's implementation: one async function per method, named in lower camel case. */
export type TaskApi = { [M in TaskMethod as Uncapitalize<M>]: (req: TaskRequest<M>, call: CallInfo) => Promise<TaskResponseInit<M>> };

export function taskHandlers(impl: TaskApi): Record<string, Handler> {
  const out: Record<string, Handler> = {};
  for (const [name, [req, res]] of Object.entries(TASK_METHODS)) {
    const fn = impl[(name[0]!.toLowerCase() + name.slice(1)) as keyof TaskApi] as (r: unknown, c: CallInfo) => Promise<unknown>;
    out[name] = unary(req as never, res as never, fn.bind(impl));
  }
  return out;
}

/** Calls a shim's Task method. */
export function callTask<M extends TaskMethod>(client: TtrpcClient, method: M, input: TaskRequestInit<M>): Promise<TaskResponse<M>> {
  const [req, res] = TASK_METHODS[method];
  return client.call(TASK_SERVICE, method, req as never, res as never, input) as Promise<TaskResponse<M>>;
}
