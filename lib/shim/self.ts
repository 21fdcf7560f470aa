/**
 * How to run this program again, for the start action that spawns the
 * shim daemon. hutch is one executable (a Node single-executable build,
 * dist/hutch); bin/hutch and the shim's symlink exec it with the name they
 * were called by in HUTCH_ARGV0, and a direct call is named by argv0. The
 * entry point dispatches on that name either way.
 */
import { SHIM_NAME } from './name.js';

export interface SelfCommand {
  file: string;
  args: string[];
  argv0: string;
  env: NodeJS.ProcessEnv;
}

/**
 * `v8Flags` go to Node when it runs a script; a single executable (Node 20)
 * takes no flags of its own, and runs without them.
 */
export function selfCommand(v8Flags: readonly string[] = []): SelfCommand {
  const script = process.argv[1];
  const viaScript = script !== undefined && /\.[cm]?js$/.test(script) && script !== process.execPath;
  return {
    file: process.execPath,
    args: viaScript ? [...process.execArgv, ...v8Flags, script] : [],
    argv0: SHIM_NAME,
    env: viaScript ? { ...process.env, HUTCH_ARGV0: SHIM_NAME } : { ...process.env },
  };
}
