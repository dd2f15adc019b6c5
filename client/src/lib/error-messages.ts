import type { GraphQLFormattedError } from 'graphql';
import type { TFunction } from 'i18next';
import { graphQLErrors } from './errors';

const MATCH_STATUSES = ['PROPOSED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const;
type MatchStatus = (typeof MATCH_STATUSES)[number];
const isMatchStatus = (value: unknown): value is MatchStatus =>
  typeof value === 'string' && (MATCH_STATUSES as readonly string[]).includes(value);

/** "in 40 seconds", "in 15 minutes", in the user's language (as the server counts them). */
export function retryDelay(t: TFunction, seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  return s < 90
    ? t('errors.inSeconds', { count: s })
    : t('errors.inMinutes', { count: Math.ceil(s / 60) });
}

export interface ErrorMessageOptions {
  /** What a CONFLICT without details means where it happened (a pair already proposed...). */
  conflict?: string;
}

/**
 * An HTTP answer that is no GraphQL result (Apollo's ServerError and
 * ServerParseError carry its status; their classes are not imported, to
 * keep them out of the first page): the status says what happened.
 */
function httpFailure(error: unknown): GraphQLFormattedError | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (!(error instanceof Error) || typeof status !== 'number') return undefined;
  const code =
    status === 429 ? 'TOO_MANY_REQUESTS' : status === 503 ? 'SERVICE_UNAVAILABLE' : 'SERVER_ERROR';
  return { message: error.message, extensions: { code } };
}

/** The server's error that says what went wrong: the first with a code. */
function codedError(error: unknown): GraphQLFormattedError | undefined {
  const http = httpFailure(error);
  if (http) return http;
  const errors = graphQLErrors(error);
  return errors.find((e) => typeof e.extensions?.code === 'string') ?? errors[0];
}

/**
 * What a failed request means to the person who made it, in their language:
 * chosen from `extensions.code` (and its details: when to retry, the state a
 * match is in now), never the server's English. The one mapping of errors to
 * text in the app; serverErrors (lib/forms.ts) adds the validation sentences
 * it knows how to translate, at their fields.
 */
export function errorMessage(
  error: unknown,
  t: TFunction,
  options: ErrorMessageOptions = {},
): string {
  const first = codedError(error);
  if (!first) return t('errors.network');
  const extensions = first.extensions ?? {};
  const status = isMatchStatus(extensions.currentStatus)
    ? t(`matching.status.${extensions.currentStatus}`)
    : null;
  switch (extensions.code) {
    case 'BAD_USER_INPUT':
      // The sentences about a field are serverErrors' (lib/forms.ts), at the field or above the form.
      return status ? t('errors.matchStatus', { status }) : t('errors.invalid');
    case 'UNAUTHENTICATED':
      return t('signIn.expired');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'CONFLICT':
      if (status) return t('errors.alreadyDecided', { status });
      // A stale version (currentVersion) is the edit forms' own (VersionConflict): the same words otherwise.
      if (typeof extensions.field === 'string') return t('validation.exists');
      return options.conflict ?? t('errors.conflict');
    case 'TOO_MANY_REQUESTS': {
      const seconds = extensions.retryAfterSeconds;
      return typeof seconds === 'number' && seconds > 0
        ? t('errors.tooMany', { delay: retryDelay(t, seconds) })
        : t('errors.tooManyLater');
    }
    case 'SERVICE_UNAVAILABLE':
      return t('errors.busy');
    default:
      // INTERNAL_SERVER_ERROR, BAD_REQUEST, a code this client does not know.
      return t('errors.server');
  }
}

/** Whether the request never got an answer (offline, server down): worth saying differently. */
export const isNetworkFailure = (error: unknown): boolean => codedError(error) === undefined;
