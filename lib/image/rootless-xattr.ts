/**
 * The "user.rootlesscontainers" xattr (rootlesscontainers.com, used by
 * umoci --rootless and PRoot): a protobuf `Resource { uint32 uid = 1;
 * uint32 gid = 2; }` recording the in-container owner of a file that an
 * unprivileged unpack could not chown. 0xFFFFFFFF means "unchanged (root)".
 */
export const ROOTLESS_XATTR = 'user.rootlesscontainers';
const NOOP_ID = 0xffffffff;

function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
}

/** The payload for an owner, or null for root:root (umoci stores nothing then). */
export function rootlessPayload(uid: number, gid: number): Buffer | null {
  if (uid === 0 && gid === 0) return null;
  const u = uid === 0 ? NOOP_ID : uid;
  const g = gid === 0 ? NOOP_ID : gid;
  return Buffer.from([0x08, ...varint(u), 0x10, ...varint(g)]);
}

/** Decode a payload (for tests and tooling); NOOP fields read as 0. */
export function decodeRootlessPayload(buf: Buffer): { uid: number; gid: number } {
  const res = { uid: 0, gid: 0 };
  let i = 0;
  while (i < buf.length) {
    const tag = buf[i++]!;
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = buf[i++]!;
      v += (b & 0x7f) * mul;
      mul *= 0x80;
      if (!(b & 0x80)) break;
    }
    const id = v === NOOP_ID ? 0 : v;
    if (tag === 0x08) res.uid = id;
    else if (tag === 0x10) res.gid = id;
  }
  return res;
}
