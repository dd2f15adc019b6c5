import { Session, type RenewTokens, type WithLock } from './session';
import { createTokenStore, type AccessToken } from './token-store';

const noLock: WithLock = (task) => task();
const token = (accessToken: string, expiresAt: number | null = null): AccessToken => ({
  accessToken,
  expiresAt,
});

function setup(renew: RenewTokens) {
  const store = createTokenStore();
  const session = new Session(store, renew, noLock);
  session.start(token('a1'));
  return { store, session };
}

describe('Session', () => {
  afterEach(() => vi.useRealTimers());

  it('renews once however many requests failed at the same time', async () => {
    const renew = vi.fn<RenewTokens>(async () => token('a2'));
    const { session, store } = setup(renew);
    const results = await Promise.all([session.refresh(), session.refresh(), session.refresh()]);
    expect(results).toEqual([true, true, true]);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual(token('a2'));
  });

  it('keeps no token where a script of the page could find it', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const { session } = setup(async () => token('a2'));
    await session.refresh();
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  it('ends as "expired" when the server refuses the renewal', async () => {
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
    expect(store.get()).toEqual(token('a1'));
  });

  it('restores a session on load through the cookie, or stays signed out without calling it expired', async () => {
    const restored = new Session(createTokenStore(), async () => token('a1'), noLock);
    expect(await restored.restore()).toBe(true);
    expect(restored.accessToken).toBe('a1');

    const none = new Session(createTokenStore(), async () => null, noLock);
    expect(await none.restore()).toBe(false);
    expect(none.isSignedIn).toBe(false);
    expect(none.lastEnd).toBeNull();

    const offline = new Session(
      createTokenStore(),
      async () => {
        throw new Error('offline');
      },
      noLock,
    );
    expect(await offline.restore()).toBe(false);
  });

  it('renews a little before the token expires, and again after', async () => {
    vi.useFakeTimers();
    let n = 1;
    const renew = vi.fn<RenewTokens>(async () => token(`a${++n}`, Date.now() + 900_000));
    const session = new Session(createTokenStore(), renew, noLock);
    session.start(token('a1', Date.now() + 900_000));
    await vi.advanceTimersByTimeAsync(839_000);
    expect(renew).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(session.accessToken).toBe('a2');
    await vi.advanceTimersByTimeAsync(841_000);
    expect(renew).toHaveBeenCalledTimes(2);
    expect(session.accessToken).toBe('a3');
    session.end('signedOut');
    await vi.advanceTimersByTimeAsync(2_000_000);
    expect(renew).toHaveBeenCalledTimes(2);
  });

  it('does not sign back in with a renewal that was under way at sign-out', async () => {
    let answer: (t: AccessToken) => void = () => undefined;
    const { session } = setup(() => new Promise((resolve) => (answer = resolve)));
    const renewal = session.refresh();
    session.end('signedOut');
    answer(token('a2'));
    expect(await renewal).toBe(false);
    expect(session.isSignedIn).toBe(false);
    expect(session.lastEnd).toBe('signedOut');
  });

  it('renews one tab at a time (the Web Lock)', async () => {
    const order: string[] = [];
    let held = Promise.resolve();
    const lock: WithLock = (task) => {
      const run = held.then(task);
      held = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    };
    const renew =
      (tab: string): RenewTokens =>
      async () => {
        order.push(`${tab} starts`);
        await new Promise((r) => setTimeout(r, 5));
        order.push(`${tab} ends`);
        return token(tab);
      };
    const one = new Session(createTokenStore(), renew('one'), lock);
    const two = new Session(createTokenStore(), renew('two'), lock);
    await Promise.all([one.refresh(), two.refresh()]);
    expect(order).toEqual(['one starts', 'one ends', 'two starts', 'two ends']);
  });

  it('remembers a sign-out as such', () => {
    const { session } = setup(async () => null);
    session.end('signedOut');
    expect(session.isSignedIn).toBe(false);
    expect(session.lastEnd).toBe('signedOut');
  });
});
