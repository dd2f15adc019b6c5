import { print } from 'graphql';
import { RefreshSessionDocument, type RefreshSessionMutation } from '@/generated/graphql';
import type { RenewTokens } from './session';

interface Response {
  data?: RefreshSessionMutation | null;
  errors?: { extensions?: { code?: string } }[];
}

/**
 * refreshSession, sent outside Apollo's link chain (the chain is what calls it).
 * Only a refusal from the server ends the session; a network failure rejects.
 */
export function renewOver(endpoint: string, fetchImpl: typeof fetch = fetch): RenewTokens {
  const query = print(RefreshSessionDocument);
  return async (refreshToken) => {
    const response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { refreshToken } }),
    });
    const body = (await response.json()) as Response;
    const pair = body.data?.refreshSession;
    if (pair) return { accessToken: pair.accessToken, refreshToken: pair.refreshToken };
    if (body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return null;
    throw new Error('The session could not be renewed.');
  };
}
