/**
 * The shim's command line, as containerd 1.6 writes it and Go's flag
 * package reads it: single or double dash, `-name value` or `-name=value`,
 * booleans alone or as `-name=true`; the first non-flag word is the action.
 *
 *   containerd-shim-hutch-v2 -namespace NS -address SOCK -publish-binary BIN -id ID [-debug] start
 *   containerd-shim-hutch-v2 -namespace NS -address SOCK -publish-binary BIN -id ID -bundle B delete
 *   containerd-shim-hutch-v2 -namespace NS -id ID -address SOCK            (the daemon the start action spawns)
 */
export interface ShimFlags {
  namespace: string;
  id: string;
  /** containerd's grpc socket. */
  address: string;
  /** containerd's own binary, to publish events with when TTRPC_ADDRESS is not set. */
  publishBinary: string;
  /** The bundle when it is not the working directory (the delete action). */
  bundle: string;
  /** Serve on this socket path instead of the fd the start action passes. */
  socket: string;
  debug: boolean;
  version: boolean;
  /** start, delete, or undefined for the daemon. */
  action: string | undefined;
}

const STRINGS = {
  namespace: 'namespace',
  id: 'id',
  address: 'address',
  'publish-binary': 'publishBinary',
  bundle: 'bundle',
  socket: 'socket',
} as const;
const BOOLS = { debug: 'debug', v: 'version' } as const;

export class FlagError extends Error {}

export function parseShimFlags(argv: readonly string[]): ShimFlags {
  const out: ShimFlags = {
    namespace: '',
    id: '',
    address: '',
    publishBinary: '',
    bundle: '',
    socket: '',
    debug: false,
    version: false,
    action: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.action = argv[i + 1];
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      out.action = arg;
      break;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    const inline = eq < 0 ? undefined : body.slice(eq + 1);
    if (name in BOOLS) {
      const v = inline ?? 'true';
      if (!/^(1|t|T|true|TRUE|True|0|f|F|false|FALSE|False)$/.test(v))
        throw new FlagError(`invalid boolean value ${JSON.stringify(v)} for -${name}`);
      out[BOOLS[name as keyof typeof BOOLS]] = /^(1|t|T|true|TRUE|True)$/.test(v);
    } else if (name in STRINGS) {
      let v = inline;
      if (v === undefined) {
        if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: -${name}`);
        v = argv[++i]!;
      }
      out[STRINGS[name as keyof typeof STRINGS]] = v;
    } else {
      throw new FlagError(`flag provided but not defined: -${name}`);
    }
  }
  return out;
}
