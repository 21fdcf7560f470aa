// On i386 the socket and SysV IPC calls can also arrive through the
// multiplexers socketcall(2) and ipc(2), with the call selected by arg0
// (SYS_* in <linux/net.h>, SEMOP.. in <linux/ipc.h>). libseccomp adds a rule
// on the multiplexer for each of them, so a profile allowing "socket" also
// allows socketcall(SYS_SOCKET, ...); we do the same.

const SOCKETCALL = 102;
const IPC = 117;

const SOCKET_CALLS = [
  'socket',
  'bind',
  'connect',
  'listen',
  'accept',
  'getsockname',
  'getpeername',
  'socketpair',
  'send',
  'recv',
  'sendto',
  'recvfrom',
  'shutdown',
  'setsockopt',
  'getsockopt',
  'sendmsg',
  'recvmsg',
  'accept4',
  'recvmmsg',
  'sendmmsg',
];

const IPC_CALLS: Readonly<Record<string, number>> = {
  semop: 1,
  semget: 2,
  semctl: 3,
  semtimedop: 4,
  msgsnd: 11,
  msgrcv: 12,
  msgget: 13,
  msgctl: 14,
  shmat: 21,
  shmdt: 22,
  shmget: 23,
  shmctl: 24,
};

export interface MuxTarget {
  nr: number;
  call: number;
}

export const X86_MUX: Readonly<Record<string, MuxTarget>> = Object.freeze({
  ...Object.fromEntries(SOCKET_CALLS.map((n, i) => [n, { nr: SOCKETCALL, call: i + 1 }])),
  ...Object.fromEntries(Object.entries(IPC_CALLS).map(([n, c]) => [n, { nr: IPC, call: c }])),
});
