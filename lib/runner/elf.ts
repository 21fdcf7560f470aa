import type { Arch } from '../sys/arch.js';

/**
 * A static ELF executable made of the plan interpreter and one plan.
 *
 * The container's first process does not stay a copy of Node: the runtime
 * clones with CLONE_VM|CLONE_VFORK (no page tables copied, nothing
 * copy-on-write), and that child only execs this program from a sealed
 * memfd (exe-fd.ts). The new process holds nothing but the interpreter, its
 * plan and a stack; its /proc/PID/exe is the memfd (an unlinked read-only
 * copy where memfds may not be exec'd), never a file a path reaches.
 *
 * Layout (segments 64 KiB aligned, so 64 KiB-page arm64 kernels load it):
 *
 *   0x400000    R-X  ELF header, program headers, entry stub, interpreter
 *   PLAN_BASE   RW-  the plan, encoded for this address
 *
 * The entry stub puts PLAN_BASE in the first argument register and calls
 * the interpreter, which never returns (it execs or exits).
 */
const TEXT_BASE = 0x400000n;
/** Where the plan is mapped (and so the base its pointers are encoded for). 1 GiB: inside any 39-bit arm64 address space. */
export const PLAN_BASE = 0x40000000n;

const ALIGN = 0x10000;
const EHDR_SIZE = 64;
const PHDR_SIZE = 56;
const PHNUM = 3;
const STUB_OFFSET = 256;
const BLOB_OFFSET = 288;

const PT_LOAD = 1;
const PT_GNU_STACK = 0x6474e551;
const PF_X = 1;
const PF_W = 2;
const PF_R = 4;
const MACHINE: Record<Arch, number> = { x86_64: 62, aarch64: 183 };

export function buildExecutable(arch: Arch, interpreter: Buffer, plan: Buffer): Buffer {
  const textSize = BLOB_OFFSET + interpreter.length;
  const planOffset = Math.ceil(textSize / ALIGN) * ALIGN;
  const file = Buffer.alloc(planOffset + plan.length);

  file.set([0x7f, 0x45, 0x4c, 0x46, 2 /* 64-bit */, 1 /* little endian */, 1 /* version */], 0);
  file.writeUInt16LE(2, 16); // ET_EXEC
  file.writeUInt16LE(MACHINE[arch], 18);
  file.writeUInt32LE(1, 20);
  file.writeBigUInt64LE(TEXT_BASE + BigInt(STUB_OFFSET), 24); // e_entry
  file.writeBigUInt64LE(BigInt(EHDR_SIZE), 32); // e_phoff
  file.writeUInt16LE(EHDR_SIZE, 52);
  file.writeUInt16LE(PHDR_SIZE, 54);
  file.writeUInt16LE(PHNUM, 56);

  programHeader(file, 0, { type: PT_LOAD, flags: PF_R | PF_X, offset: 0, vaddr: TEXT_BASE, size: textSize });
  programHeader(file, 1, { type: PT_LOAD, flags: PF_R | PF_W, offset: planOffset, vaddr: PLAN_BASE, size: plan.length });
  programHeader(file, 2, { type: PT_GNU_STACK, flags: PF_R | PF_W, offset: 0, vaddr: 0n, size: 0 });

  entryStub(arch).copy(file, STUB_OFFSET);
  interpreter.copy(file, BLOB_OFFSET);
  plan.copy(file, planOffset);
  return file;
}

function programHeader(file: Buffer, index: number, h: { type: number; flags: number; offset: number; vaddr: bigint; size: number }): void {
  const at = EHDR_SIZE + index * PHDR_SIZE;
  file.writeUInt32LE(h.type, at);
  file.writeUInt32LE(h.flags, at + 4);
  file.writeBigUInt64LE(BigInt(h.offset), at + 8);
  file.writeBigUInt64LE(h.vaddr, at + 16); // p_vaddr
  file.writeBigUInt64LE(h.vaddr, at + 24); // p_paddr
  file.writeBigUInt64LE(BigInt(h.size), at + 32); // p_filesz
  file.writeBigUInt64LE(BigInt(h.size), at + 40); // p_memsz
  file.writeBigUInt64LE(BigInt(h.type === PT_LOAD ? ALIGN : 16), at + 48);
}

/** interpreter(PLAN_BASE), called so the stack is aligned as the ABI expects at a function's entry. */
function entryStub(arch: Arch): Buffer {
  const stub = Buffer.alloc(BLOB_OFFSET - STUB_OFFSET);
  if (arch === 'x86_64') {
    stub.set([0x48, 0xbf], 0); // movabs $PLAN_BASE, %rdi
    stub.writeBigUInt64LE(PLAN_BASE, 2);
    stub[10] = 0xe8; // call rel32
    stub.writeInt32LE(BLOB_OFFSET - (STUB_OFFSET + 15), 11);
    stub.set([0x0f, 0x0b], 15); // ud2: never reached
  } else {
    stub.writeUInt32LE(0x58000040, 0); // ldr x0, .+8
    stub.writeUInt32LE((0x94000000 | ((BLOB_OFFSET - (STUB_OFFSET + 4)) / 4)) >>> 0, 4); // bl interpreter
    stub.writeBigUInt64LE(PLAN_BASE, 8); // the literal
  }
  return stub;
}
