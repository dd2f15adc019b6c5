import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the rest of a request's work may need to know about the request
 * without having it passed down: its id, for the audit trail. Set by the
 * request-id middleware for the whole of the request's handling.
 */
export interface RequestScope {
  requestId: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** The id of the request being handled, if any (none in the CLI, the seeder, a subscription). */
export const currentRequestId = (): string | null => requestScope.getStore()?.requestId ?? null;
