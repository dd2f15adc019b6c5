import { CombinedGraphQLErrors } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

/**
 * The codes the server puts in `extensions.code`: the domain ones
 * (src/common/errors.ts), TOO_MANY_REQUESTS with `retryAfterSeconds`
 * (src/security/too-many-requests.ts), and those of the error filter
 * (src/common/graphql-error.filter.ts): a busy service or database,
 * a request it could not read, a failure of its own.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'BAD_REQUEST'
  | 'INTERNAL_SERVER_ERROR';

export function graphQLErrors(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

export function errorCode(error: unknown): string | undefined {
  const code = graphQLErrors(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

export const hasCode = (error: unknown, code: ErrorCode): boolean =>
  graphQLErrors(error).some((e) => e.extensions?.code === code);

/**
 * A record the caller may not see answers NOT_FOUND, and an id that is not
 * one answers BAD_USER_INPUT on `id`: both mean "no such page" to a person.
 */
export function isNotFound(error: unknown): boolean {
  return graphQLErrors(error).some(
    (e) =>
      e.extensions?.code === 'NOT_FOUND' ||
      (e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.field === 'id'),
  );
}

/** `input.tags.0` and `tags` both name the form field `tags`. */
export function formField(path: string): string {
  return path
    .replace(/^input\./, '')
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * Field messages of a BAD_USER_INPUT error: `extensions.fields`
 * ({ path: [messages] }) from input validation, or `extensions.field` with
 * the error's message from the services' own checks (also a CONFLICT on a
 * field: a name or an e-mail that is taken).
 */
export function fieldErrors(error: unknown): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const add = (path: string, messages: string[]) => {
    const field = formField(path);
    result[field] = [...(result[field] ?? []), ...messages];
  };
  for (const e of graphQLErrors(error)) {
    const { code, fields, field } = e.extensions ?? {};
    if (code !== 'BAD_USER_INPUT' && !(code === 'CONFLICT' && typeof field === 'string')) continue;
    if (fields && typeof fields === 'object') {
      for (const [path, messages] of Object.entries(fields)) {
        if (isStringList(messages)) add(path, messages);
      }
    } else if (typeof field === 'string') {
      add(field, [e.message]);
    }
  }
  return result;
}

/** A CONFLICT on an edit: the version now on the server. */
export function versionConflict(error: unknown): { currentVersion: number } | null {
  const e = graphQLErrors(error).find((x) => x.extensions?.code === 'CONFLICT');
  const current = e?.extensions?.currentVersion;
  return typeof current === 'number' ? { currentVersion: current } : null;
}
