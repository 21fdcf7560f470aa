/**
 * Task events, published to containerd in the order they happen.
 *
 * containerd 1.6 hands a shim two ways: TTRPC_ADDRESS (its ttrpc socket,
 * where the events service's Forward takes an envelope) and
 * -publish-binary (its own binary: `containerd publish` reads the event
 * from stdin). Its own runc shim uses only the first, and so does this one
 * when it is set: one call on a connection kept open, instead of a process
 * per event. The binary is the fallback when TTRPC_ADDRESS is missing.
 * A failed publication is retried a few times (as the runc shim does), then
 * dropped with a log line; it never blocks or fails the task call.
 */
import { spawn } from 'node:child_process';
import { encode, events, google, timestamp } from './proto.js';
import { TtrpcClient } from './ttrpc/client.js';
import { HutchError } from '../errors.js';

type Any = google.protobuf.Any.$Properties;

export const Topic = {
  create: '/tasks/create',
  start: '/tasks/start',
  exit: '/tasks/exit',
  delete: '/tasks/delete',
  execAdded: '/tasks/exec-added',
  execStarted: '/tasks/exec-started',
  paused: '/tasks/paused',
  resumed: '/tasks/resumed',
  oom: '/tasks/oom',
} as const;
export type Topic = (typeof Topic)[keyof typeof Topic];

export interface Publisher {
  publish(topic: Topic, event: Any): void;
  /** Resolves once everything queued so far has been sent (or given up on). */
  flush(): Promise<void>;
  close(): void;
}

const MAX_TRIES = 5;
const EVENTS_SERVICE = 'containerd.services.events.ttrpc.v1.Events';
const NAMESPACE_KEY = 'containerd-namespace-ttrpc';

type Send = (topic: Topic, event: Any) => Promise<void>;

export function createPublisher(opts: {
  namespace: string;
  ttrpcAddress?: string;
  publishBinary?: string;
  containerdAddress?: string;
  log: (msg: string) => void;
}): Publisher {
  if (opts.ttrpcAddress) return new QueuedPublisher(forwardOverTtrpc(opts.ttrpcAddress, opts.namespace), opts.log);
  if (opts.publishBinary)
    return new QueuedPublisher(publishWithBinary(opts.publishBinary, opts.containerdAddress ?? '', opts.namespace), opts.log);
  opts.log('no TTRPC_ADDRESS and no -publish-binary: events are not published');
  return new QueuedPublisher(async () => undefined, opts.log);
}

class QueuedPublisher implements Publisher {
  private tail: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly send: Send,
    private readonly log: (msg: string) => void,
  ) {}

  publish(topic: Topic, event: Any): void {
    if (this.closed) return;
    this.tail = this.tail.then(() => this.deliver(topic, event));
  }

  private async deliver(topic: Topic, event: Any): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.send(topic, event);
      } catch (err) {
        if (attempt >= MAX_TRIES || this.closed) {
          this.log(`publish ${topic}: giving up after ${attempt} attempts: ${(err as Error).message}`);
          return;
        }
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  }

  flush(): Promise<void> {
    return this.tail;
  }

  close(): void {
    this.closed = true;
  }
}

function forwardOverTtrpc(address: string, namespace: string): Send {
  let client: Promise<TtrpcClient> | undefined;
  return async (topic, event) => {
    client ??= TtrpcClient.connect(address);
    const c = await client.catch((err: unknown) => {
      client = undefined;
      throw err;
    });
    const req = encode(events.ForwardRequest, { envelope: { timestamp: timestamp(new Date()), namespace, topic, event } });
    try {
      await c.callRaw(EVENTS_SERVICE, 'Forward', req, { [NAMESPACE_KEY]: namespace });
    } catch (err) {
      // A closed connection is opened again on the next try.
      c.close();
      client = undefined;
      throw err;
    }
  };
}

function publishWithBinary(binary: string, containerdAddress: string, namespace: string): Send {
  return (topic, event) =>
    new Promise((resolve, reject) => {
      const child = spawn(binary, ['--address', containerdAddress, 'publish', '--topic', topic, '--namespace', namespace], {
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new HutchError(`${binary} publish exited ${code}: ${stderr.trim()}`, { code: 'system' })),
      );
      child.stdin.end(Buffer.from(encode(google.protobuf.Any, event)));
    });
}
