import os from 'node:os';
import { HutchError } from '../errors.js';

/** An OCI platform (image-spec image-index "platform"). */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** Node's process.arch → GOARCH, which is what OCI images use. */
const ARCH: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  arm: 'arm',
  ia32: '386',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
  mips: 'mips',
  mipsel: 'mipsle',
  ppc64: os.endianness() === 'LE' ? 'ppc64le' : 'ppc64',
};

export function hostPlatform(): Platform {
  const architecture = ARCH[process.arch] ?? process.arch;
  if (architecture === 'arm64') return { os: 'linux', architecture, variant: 'v8' };
  if (architecture === 'arm') {
    const v = (process.config.variables as Record<string, unknown>).arm_version;
    return { os: 'linux', architecture, variant: `v${typeof v === 'string' || typeof v === 'number' ? v : 7}` };
  }
  return { os: 'linux', architecture };
}

/** "linux/arm64/v8" → Platform. */
export function parsePlatform(text: string): Platform {
  const [osName, architecture, variant] = text.split('/');
  if (!osName || !architecture)
    throw new HutchError(`--platform must look like os/arch[/variant], not ${JSON.stringify(text)}`, { code: 'image' });
  return variant ? { os: osName, architecture, variant } : { os: osName, architecture };
}

export function formatPlatform(p: Partial<Platform>): string {
  return [p.os ?? '?', p.architecture ?? '?', p.variant].filter(Boolean).join('/');
}

/**
 * How well an image platform suits the wanted one: 0 = unusable, higher is
 * better. arm64 treats a missing variant as v8; on arm an older variant runs
 * on a newer CPU (v6 on v7), ranked below the exact one.
 */
export function platformScore(have: Partial<Platform>, want: Platform): number {
  if (have.os !== want.os || have.architecture !== want.architecture) return 0;
  const norm = (v: string | undefined): string | undefined => (want.architecture === 'arm64' && v === undefined ? 'v8' : v);
  const hv = norm(have.variant);
  const wv = norm(want.variant);
  if (hv === wv) return 3;
  if (hv === undefined || wv === undefined) return 2;
  if (want.architecture === 'arm') {
    const h = Number(hv.slice(1));
    const w = Number(wv.slice(1));
    if (h < w) return 1;
  }
  return 0;
}
