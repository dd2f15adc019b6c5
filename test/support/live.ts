import { Client, createClient, ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { LiveEvents } from '../../src/common/live-events';
import { TestApp } from './app';

/** A graphql-ws client of a server, with the connection_init payload given (the token). */
export function wsClient(httpUrl: string, connectionParams?: Record<string, unknown>): Client {
  return createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
}

/** One subscription's results, to be awaited one by one. */
export interface LiveSubscription<T = any> {
  next(timeoutMs?: number): Promise<ExecutionResult<T>>;
  /** Resolves with the error the subscription ended with (a CloseEvent for a closed socket), or null. */
  ended: Promise<unknown>;
  /** How many results wait to be read. */
  pending(): number;
  dispose(): void;
}

export function subscribe<T = any>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): LiveSubscription<T> {
  const queue: ExecutionResult<T>[] = [];
  const waiters: { resolve: (r: ExecutionResult<T>) => void; reject: (e: unknown) => void }[] = [];
  let end: { error: unknown } | null = null;
  let onEnd: (e: unknown) => void = () => undefined;
  const ended = new Promise<unknown>((resolve) => (onEnd = resolve));
  const finish = (error: unknown) => {
    end = { error };
    onEnd(error);
    for (const w of waiters.splice(0)) w.reject(error ?? new Error('subscription completed'));
  };
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        const waiter = waiters.shift();
        if (waiter) waiter.resolve(result as ExecutionResult<T>);
        else queue.push(result as ExecutionResult<T>);
      },
      error: (error) => finish(error),
      complete: () => finish(null),
    },
  );
  return {
    next(timeoutMs = 10_000) {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      if (end) return Promise.reject(end.error ?? new Error('subscription completed'));
      return new Promise<ExecutionResult<T>>((resolve, reject) => {
        const waiter = {
          resolve: (r: ExecutionResult<T>) => {
            clearTimeout(timer);
            resolve(r);
          },
          reject: (e: unknown) => {
            clearTimeout(timer);
            reject(e);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no event within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    ended,
    pending: () => queue.length,
    dispose,
  };
}

/** How many subscriptions listen to a trigger in this in-process server (not with Redis). */
export function listeners(t: TestApp, trigger: string): number {
  const engine = (t.app.get(LiveEvents) as any).engine as {
    ee: { listenerCount(e: string): number };
  };
  return engine.ee.listenerCount(`d4d:${trigger}`);
}

/** Waits until `check` holds (polling), or fails after `timeoutMs`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Subscribes and waits until the server listens, so that no event is published before it does. */
export async function subscribed<T = any>(
  t: TestApp,
  client: Client,
  trigger: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<LiveSubscription<T>> {
  const before = listeners(t, trigger);
  const sub = subscribe<T>(client, query, variables);
  await waitUntil(() => listeners(t, trigger) > before);
  return sub;
}

/** The p-th percentile (0..100) of some numbers, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** When a JWT expires, in milliseconds since the epoch. */
export const expiryOf = (token: string): number =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { exp: number }).exp *
  1000;

/** A socket with one commentAdded subscription: what arrived and when, and how the socket closed. */
export interface Watched {
  events: { at: number; id: string }[];
  closed: Promise<{ code: number; at: number }>;
  /** The close, or 'still open' once `deadline` (ms since the epoch) has passed. */
  closedBy(deadline: number): Promise<{ code: number; at: number } | 'still open'>;
}

export function watchSocket(client: Client, threadId: string): Watched {
  const closed = new Promise<{ code: number; at: number }>((resolve) =>
    client.on('closed', (e) => resolve({ code: (e as { code: number }).code, at: Date.now() })),
  );
  const events: Watched['events'] = [];
  client.subscribe<{ commentAdded: { id: string } }>(
    {
      query: 'subscription($threadId: ID!) { commentAdded(threadId: $threadId) { id } }',
      variables: { threadId },
    },
    {
      next: (r) => events.push({ at: Date.now(), id: r.data!.commentAdded.id }),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return {
    events,
    closed,
    closedBy: (deadline) =>
      Promise.race([
        closed,
        new Promise<'still open'>((resolve) =>
          setTimeout(() => resolve('still open'), Math.max(0, deadline - Date.now())),
        ),
      ]),
  };
}
