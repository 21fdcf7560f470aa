/**
 * Signals the foreground CLI forwards to the container, as runc does
 * (everything catchable except SIGCHLD, SIGURG and SIGWINCH, which concern
 * the CLI's own terminal).
 */
export const FORWARDED: readonly NodeJS.Signals[] = [
  'SIGHUP',
  'SIGINT',
  'SIGQUIT',
  'SIGUSR1',
  'SIGUSR2',
  'SIGPIPE',
  'SIGALRM',
  'SIGTERM',
  'SIGCONT',
  'SIGTSTP',
  'SIGTTIN',
  'SIGTTOU',
  'SIGXCPU',
  'SIGXFSZ',
  'SIGIO',
  'SIGPWR',
  'SIGSYS',
];

/**
 * Node starts with SIGPIPE and SIGXFSZ ignored, but once a listener for one
 * of them has been added, removing the last listener resets it to the
 * default action: terminate. After forwarding stopped, a poststop hook that
 * closes its stdin unread would then kill the CLI with SIGPIPE (exit 141)
 * instead of the EPIPE the hook runner handles. A permanent no-op listener
 * keeps them ignored (Node's signal listeners do not hold the loop open).
 */
const IGNORED_BY_NODE: readonly NodeJS.Signals[] = ['SIGPIPE', 'SIGXFSZ'];
let keptIgnored = false;
function keepIgnored(): void {
  if (keptIgnored) return;
  keptIgnored = true;
  for (const sig of IGNORED_BY_NODE) process.on(sig, () => undefined);
}

/**
 * Catch forwarded signals from the very start of `run`/`exec`, before the
 * container exists, so an early SIGTERM is not lost (or fatal to us while
 * the container lives on); forwardTo() delivers what was queued.
 */
export function queueSignals(): { forwardTo: (pid: number) => () => void; stop: () => void } {
  keepIgnored();
  const queued: NodeJS.Signals[] = [];
  const hold = (sig: NodeJS.Signals) => queued.push(sig);
  const holders = FORWARDED.map((sig) => {
    const h = () => hold(sig);
    process.on(sig, h);
    return [sig, h] as const;
  });
  const stop = () => holders.forEach(([sig, h]) => process.off(sig, h));
  return {
    stop,
    forwardTo: (pid) => {
      const stopForwarding = forwardSignals(pid);
      stop();
      for (const sig of queued.splice(0)) {
        try {
          process.kill(pid, sig);
        } catch {
          // gone already
        }
      }
      return stopForwarding;
    },
  };
}

/** Forward signals to `pid` until the returned function is called. */
export function forwardSignals(pid: number): () => void {
  keepIgnored();
  const handlers = FORWARDED.map((sig) => {
    const h = () => {
      try {
        process.kill(pid, sig);
      } catch {
        // the container is gone; its exit will be reported
      }
    };
    process.on(sig, h);
    return [sig, h] as const;
  });
  return () => handlers.forEach(([sig, h]) => process.off(sig, h));
}
