import { GraphQLError } from 'graphql';

/**
 * The answer to a caller over a limit: code TOO_MANY_REQUESTS (not one of the
 * domain codes of src/common/errors.ts: nothing is wrong with the request
 * itself) and when to try again.
 */
export function tooManyRequests(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
    },
  });
}

/** "in 15 minutes", "in 40 seconds": for messages people read. */
export function inHowLong(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 90) return `in ${s} second${s === 1 ? '' : 's'}`;
  const m = Math.ceil(s / 60);
  return `in ${m} minutes`;
}
