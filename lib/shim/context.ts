/**
 * The RuntimeContext the shim runs hutch's verbs with: one state root per
 * containerd namespace, as the runc shim gives runc --root
 * /run/containerd/runc/<namespace>, so `hutch --root
 * /run/containerd/hutch/<namespace> list` shows the shim's containers.
 */
import { createContext, type RuntimeContext } from '../context.js';
import type { Level } from '../log.js';

const STATE_ROOT_BASE = '/run/containerd/hutch';

function stateRoot(namespace: string): string {
  return `${STATE_ROOT_BASE}/${namespace}`;
}

export function shimContext(namespace: string, sink: (level: Level, msg: string) => void, debug = false): RuntimeContext {
  return createContext({ root: stateRoot(namespace), rootless: 'auto', format: 'text', debug, sink });
}
