/**
 * `hutch sandbox [options] -- CMD [ARGS...]`: run a command in a rootless
 * sandbox of the host (lib/sandbox/). Not a runc command.
 */
import type { CommandSpec } from '../command.js';
import { HutchError } from '../../errors.js';
import { MOUNT_KINDS, normalizeOptions, type SandboxMount, type SandboxRequest } from '../../sandbox/options.js';
import { thisCaller } from '../../sandbox/caller.js';

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
const str = (v: unknown): string | undefined => (v === undefined ? undefined : String(v));

const sandbox: CommandSpec = {
  command: 'sandbox [command..]',
  describe: 'run a command in a sandbox: the host read-only, the current directory writable, no network, no capabilities',
  tailFromFirstWord: true,
  options: {
    rw: { type: 'string', array: true, describe: 'make PATH writable (repeatable; mounts apply in order)' },
    ro: { type: 'string', array: true, describe: 'make PATH read-only (repeatable)' },
    hide: { type: 'string', array: true, describe: 'hide PATH under an empty read-only directory (/dev/null for a file)' },
    tmpfs: { type: 'string', array: true, describe: 'mount an empty writable tmpfs on PATH' },
    cwd: { type: 'string', describe: 'the writable working directory (default: the current directory)' },
    net: { type: 'string', choices: ['none', 'host'], default: 'none', describe: 'network: none (loopback only) or host' },
    image: {
      type: 'string',
      describe: "an image (PATH[:NAME], as hutch bundle --image takes) or a bundle directory, instead of the host's /",
    },
    memory: { type: 'string', describe: 'memory limit, e.g. 512m (where cgroups are usable)' },
    'pids-limit': { type: 'number', describe: 'maximum number of processes (where cgroups are usable)' },
    cpus: { type: 'string', describe: 'CPU limit, e.g. 1.5 (where cgroups are usable)' },
    timeout: {
      type: 'string',
      describe: 'stop the command after DURATION (e.g. 30s, 5m): SIGTERM, then SIGKILL 5s later; exit status 124',
    },
    env: { alias: 'e', type: 'string', array: true, describe: 'set an environment variable (NAME=value)' },
    'clear-env': { type: 'boolean', default: false, describe: 'start from an empty environment instead of yours' },
    hostname: { type: 'string', describe: 'host name inside the sandbox' },
    keep: { type: 'string', describe: 'keep the sandbox running as container NAME (hutch exec NAME, hutch delete --force NAME)' },
    'root-user': { type: 'boolean', default: false, describe: 'run as uid 0 (mapped to you; still no capabilities)' },
    'print-config': { type: 'boolean', default: false, describe: 'print the config.json the sandbox would run, and run nothing' },
    'dry-run': { type: 'boolean', default: false, describe: 'print the syscall plan and run nothing' },
  },
  run: async (args, ctx, argv = []) => {
    const command = [...list(args.command), ...list(args['--'])];
    const request: SandboxRequest = {
      mounts: mountsInOrder(argv, args),
      cwd: str(args.cwd),
      net: str(args.net) as SandboxRequest['net'],
      image: str(args.image),
      memory: str(args.memory),
      pidsLimit: args['pids-limit'] === undefined ? undefined : Number(args['pids-limit']),
      cpus: str(args.cpus),
      timeout: str(args.timeout),
      env: list(args.env),
      clearEnv: Boolean(args['clear-env']),
      hostname: str(args.hostname),
      keep: str(args.keep),
      rootUser: Boolean(args['root-user']),
    };
    const options = normalizeOptions(command, request, process.cwd());
    const { runSandbox } = await import('../../sandbox/run.js');
    const mode = args['print-config'] ? 'print-config' : args['dry-run'] ? 'dry-run' : 'run';
    const result = await runSandbox(
      ctx,
      options,
      mode,
      { terminalFds: terminalFds(), forwardSignals: true, out: (t) => void process.stdout.write(t) },
      thisCaller(process.stdin.isTTY === true),
    );
    if (result.timedOut) {
      ctx.log.error(`sandbox: ${options.command[0]} timed out after ${args.timeout}`);
      return 124;
    }
    return result.code;
  },
};

/** Those of fds 0, 1, 2 that are terminals: they become the sandbox's pty. */
function terminalFds(): number[] {
  return [process.stdin, process.stdout, process.stderr].flatMap((s, fd) => (s.isTTY ? [fd] : []));
}

/**
 * --rw, --ro, --hide and --tmpfs in the order given: each parser hands them
 * over per flag, so the order is read from the command line itself, and
 * checked against what the parser found.
 */
export function mountsInOrder(argv: readonly string[], args: Record<string, unknown>): SandboxMount[] {
  const out: SandboxMount[] = [];
  const end = argv.indexOf('--');
  const words = end < 0 ? argv : argv.slice(0, end);
  for (let i = 0; i < words.length; i++) {
    const m = /^--(rw|ro|hide|tmpfs)(?:=(.*))?$/s.exec(words[i]!);
    if (!m) continue;
    const path = m[2] ?? words[++i];
    if (path !== undefined) out.push({ kind: m[1] as SandboxMount['kind'], path });
  }
  for (const kind of MOUNT_KINDS) {
    const parsed = list(args[kind]);
    const found = out.filter((m) => m.kind === kind).map((m) => m.path);
    if (parsed.length !== found.length || parsed.some((p, i) => p !== found[i])) {
      throw new HutchError(`sandbox: could not read the order of the --${kind} options; spell them --${kind} PATH or --${kind}=PATH`, {
        code: 'usage',
      });
    }
  }
  return out;
}

export default sandbox;
