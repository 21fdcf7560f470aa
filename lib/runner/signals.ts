/**
 * Signals the foreground CLI forwards to the container, as runc does
 * (everything catchable except SIGCHLD, SIGURG and SIGWINCH, which concern
 * the CLI's own terminal).
 */
export const FORWARDED: readonly NodeJS.Signals[] = [
  'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM',
  'SIGCONT', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGXCPU', 'SIGXFSZ', 'SIGIO', 'SIGPWR', 'SIGSYS',
];

/**
 * Catch forwarded signals from the very start of `run`/`exec`, before the
 * container exists, so an early SIGTERM is not lost (or fatal to us while
 * the container lives on); forwardTo() delivers what was queued.
 */
export function queueSignals(): { forwardTo: (pid: number) => () => void; stop: () => void } {
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
