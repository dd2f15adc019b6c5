import { Session, type RenewTokens, type WithLock } from './session';
import { createTokenStore } from './token-store';

const noLock: WithLock = (task) => task();

function setup(renew: RenewTokens) {
  localStorage.clear();
  const store = createTokenStore(localStorage);
  store.set({ accessToken: 'a1', refreshToken: 'r1' });
  return { store, session: new Session(store, renew, noLock) };
}

describe('Session', () => {
  it('renews once however many requests failed at the same time', async () => {
    const renew = vi.fn<RenewTokens>(async () => ({ accessToken: 'a2', refreshToken: 'r2' }));
    const { session, store } = setup(renew);
    const results = await Promise.all([session.refresh(), session.refresh(), session.refresh()]);
    expect(results).toEqual([true, true, true]);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(renew).toHaveBeenCalledWith('r1');
    expect(store.get()).toEqual({ accessToken: 'a2', refreshToken: 'r2' });
    expect(JSON.parse(localStorage.getItem('d4d.session') ?? '{}')).toEqual({
      accessToken: 'a2',
      refreshToken: 'r2',
    });
  });

  it('ends as "expired" when the server refuses the refresh token', async () => {
    const { session, store } = setup(async () => null);
    expect(await session.refresh()).toBe(false);
    expect(store.get()).toBeNull();
    expect(session.lastEnd).toBe('expired');
  });

  it('keeps the session when the server cannot be reached', async () => {
    const { session, store } = setup(async () => {
      throw new Error('offline');
    });
    await expect(session.refresh()).rejects.toThrow('offline');
    expect(store.get()).toEqual({ accessToken: 'a1', refreshToken: 'r1' });
  });

  it('uses the tokens another tab renewed while this one waited for the lock', async () => {
    const renew = vi.fn<RenewTokens>();
    localStorage.clear();
    const store = createTokenStore(localStorage);
    store.set({ accessToken: 'a1', refreshToken: 'r1' });
    const otherTabFirst: WithLock = async (task) => {
      store.set({ accessToken: 'a9', refreshToken: 'r9' });
      return task();
    };
    const session = new Session(store, renew, otherTabFirst);
    expect(await session.refresh()).toBe(true);
    expect(renew).not.toHaveBeenCalled();
    expect(session.accessToken).toBe('a9');
  });

  it('remembers a sign-out as such', () => {
    const { session } = setup(async () => null);
    session.end('signedOut');
    expect(session.isSignedIn).toBe(false);
    expect(session.lastEnd).toBe('signedOut');
  });
});
