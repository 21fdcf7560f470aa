/**
 * The runtime's side of SCMP_ACT_NOTIFY (runtime-spec config-linux,
 * "seccomp": listenerPath): the listener fd of a freshly filtered process
 * goes to the agent listening on a unix socket at listenerPath, in one
 * message with the container's state (ContainerProcessState) and the fd
 * attached by SCM_RIGHTS, as runc's sendContainerProcessState does. Errors
 * read as runc's.
 */
import * as libc from '../sys/libc.js';
import { SysError } from '../sys/libc.js';
import { goStrerror } from '../sys/errno.js';
import { HutchError } from '../errors.js';

/** runtime-spec ContainerProcessState: what the agent receives with the fd. */
export interface ContainerProcessState {
  ociVersion: string;
  /** Names of the fds sent with it, in order. */
  fds: ['seccompFd'];
  /** The process whose filter this is: the container's init, or the exec'd process. */
  pid: number;
  /** linux.seccomp.listenerMetadata, when set. */
  metadata?: string;
  /** The container's state, as `hutch state` and the hooks see it. */
  state: object;
}

export function giveListenerToAgent(listenerPath: string, state: ContainerProcessState, listener: number): void {
  let sock: number;
  try {
    sock = libc.connectUnix(listenerPath);
  } catch (err) {
    const why = err instanceof SysError ? goStrerror(err.errno) : (err as Error).message;
    throw new HutchError(
      `unable to start container process: failed to connect with seccomp agent specified in the seccomp profile: dial unix ${listenerPath}: connect: ${why}`,
      { code: 'start-failed', cause: err },
    );
  }
  try {
    libc.sendWithFd(sock, Buffer.from(JSON.stringify(state)), listener);
  } catch (err) {
    const why = err instanceof SysError ? goStrerror(err.errno) : (err as Error).message;
    throw new HutchError(`unable to start container process: cannot send seccomp fd to ${listenerPath}: ${why}`, {
      code: 'start-failed',
      cause: err,
    });
  } finally {
    libc.close(sock);
  }
}
