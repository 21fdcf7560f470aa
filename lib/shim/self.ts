/**
 * How to run this program again, for the start action that spawns the
 * shim daemon. Today hutch is `node dist/hutch.cjs` behind a launcher that
 * says which name it was called by (HUTCH_ARGV0); as one executable (a Node
 * single-executable build) it is the executable alone, called by that name
 * (argv0), which the entry point dispatches on either way.
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
