import { ApolloLink } from '@apollo/client';
import { parse } from 'graphql';
import { firstValueFrom, of } from 'rxjs';
import { authLink, languageLink } from './apollo';
import { Session, type RenewTokens } from './auth/session';
import { createTokenStore } from './auth/token-store';

const query = parse('query Needs { needs { totalCount } }');
const unauthenticated = {
  errors: [{ message: 'You need to sign in.', extensions: { code: 'UNAUTHENTICATED' } }],
};
const ok = { data: { needs: { totalCount: 3 } } };

function chain(renew: RenewTokens, answer: (token: string | undefined) => ApolloLink.Result) {
  const store = createTokenStore();
  store.set({ accessToken: 'old', expiresAt: null });
  const session = new Session(store, renew, (task) => task());
  const seen: (string | undefined)[] = [];
  const server = new ApolloLink((operation) => {
    const token = (operation.getContext().headers as Record<string, string> | undefined)
      ?.authorization;
    seen.push(token);
    return of(answer(token));
  });
  const link = ApolloLink.from([authLink(session), server]);
  const run = () => firstValueFrom(ApolloLink.execute(link, { query }, { client: {} as never }));
  return { run, seen, session };
}

describe('authLink', () => {
  it('sends the access token', async () => {
    const { run, seen } = chain(vi.fn(), () => ok);
    expect(await run()).toEqual(ok);
    expect(seen).toEqual(['Bearer old']);
  });

  it('renews the session on UNAUTHENTICATED and replays the operation once', async () => {
    const renew = vi.fn<RenewTokens>(async () => ({ accessToken: 'new', expiresAt: null }));
    const { run, seen } = chain(renew, (token) => (token === 'Bearer new' ? ok : unauthenticated));
    expect(await run()).toEqual(ok);
    expect(seen).toEqual(['Bearer old', 'Bearer new']);
    expect(renew).toHaveBeenCalledOnce();
  });

  it('passes UNAUTHENTICATED on and ends the session when renewal is refused', async () => {
    const { run, session } = chain(
      async () => null,
      () => unauthenticated,
    );
    expect(await run()).toEqual(unauthenticated);
    expect(session.isSignedIn).toBe(false);
    expect(session.lastEnd).toBe('expired');
  });
});

describe('languageLink', () => {
  it('sends the language the user reads as Accept-Language', async () => {
    let language = 'fr';
    const seen: (string | undefined)[] = [];
    const server = new ApolloLink((operation) => {
      seen.push(
        (operation.getContext().headers as Record<string, string> | undefined)?.['accept-language'],
      );
      return of(ok);
    });
    const link = ApolloLink.from([languageLink(() => language), server]);
    const run = () => firstValueFrom(ApolloLink.execute(link, { query }, { client: {} as never }));
    await run();
    language = 'en';
    await run();
    expect(seen).toEqual(['fr', 'en']);
  });
});
