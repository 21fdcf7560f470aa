/**
 * Global options every subcommand receives, parsed once by lib/cli/main.ts.
 * Mirrors runc's global flags.
 */
export interface GlobalOptions {
  /** State directory (runc's --root). Undefined: the per-user default. */
  root: string | undefined;
  /** --log FILE: where log lines go besides stderr. */
  log: string | undefined;
  logFormat: 'text' | 'json';
  debug: boolean;
  /** --rootless auto|true|false */
  rootless: 'auto' | 'true' | 'false';
  systemdCgroup: boolean;
}
