import { Session, type RenewTokens } from './auth/session';
import { createTokenStore, type AccessToken } from './auth/token-store';
import { createSubscriptionSocket, socketUrl } from './subscriptions';

/** A WebSocket that speaks graphql-ws's side of the server, and records what it was sent. */
class FakeSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
  static sockets: FakeSocket[] = [];
  readyState = 0;
  protocol = 'graphql-transport-ws';
  sent: { type: string; payload?: unknown; id?: string }[] = [];
  closedWith: number | null = null;
  onopen: (() => void) | null = null;
  onclose: ((e: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  constructor(
    readonly url: string,
    readonly protocols: string,
  ) {
    FakeSocket.sockets.push(this);
    setTimeout(() => {
      this.readyState = FakeSocket.OPEN;
      this.onopen?.();
    });
  }
  send(data: string) {
    const message = JSON.parse(data) as { type: string; payload?: unknown; id?: string };
    this.sent.push(message);
    if (message.type === 'connection_init')
      setTimeout(() => this.onmessage?.({ data: JSON.stringify({ type: 'connection_ack' }) }));
  }
  close(code: number, reason: string) {
    this.closedWith = code;
    this.readyState = FakeSocket.CLOSED;
    setTimeout(() => this.onclose?.({ code, reason, wasClean: true }));
  }
  /** The server closes the socket (the token expired, the session ended). */
  closeFromServer(code: number) {
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason: '', wasClean: true });
  }
  get subscriptions() {
    return this.sent.filter((m) => m.type === 'subscribe').length;
  }
}

const token = (accessToken: string): AccessToken => ({ accessToken, expiresAt: null });
const QUERY = { query: 'subscription { notificationAdded { id } }' };
const sink = { next: () => undefined, error: () => undefined, complete: () => undefined };

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('socketUrl', () => {
  it('is ws:// or wss:// beside the page', () => {
    expect(socketUrl('/graphql', { protocol: 'http:', host: 'localhost:3000' })).toBe(
      'ws://localhost:3000/graphql',
    );
    expect(socketUrl('/graphql', { protocol: 'https:', host: 'd4d.example.lu' })).toBe(
      'wss://d4d.example.lu/graphql',
    );
    expect(socketUrl('https://api.example.lu/graphql', { protocol: 'http:', host: 'x' })).toBe(
      'wss://api.example.lu/graphql',
    );
  });
});

describe('the subscription socket', () => {
  beforeEach(() => {
    FakeSocket.sockets = [];
    vi.stubGlobal('WebSocket', FakeSocket);
  });
  afterEach(() => vi.unstubAllGlobals());

  function signedIn(renew: RenewTokens) {
    const session = new Session(createTokenStore(), renew, (task) => task());
    session.start(token('first'));
    return session;
  }

  it('sends the access token in connection_init, and reconnects with the new one after a renewal', async () => {
    const session = signedIn(async () => token('second'));
    const reconnected = vi.fn();
    const { client } = createSubscriptionSocket(
      session,
      'ws://test/graphql',
      FakeSocket,
      reconnected,
    );

    const dispose = client.subscribe(QUERY, sink);
    await until(() => FakeSocket.sockets[0]?.subscriptions === 1);
    expect(FakeSocket.sockets[0].sent[0]).toEqual({
      type: 'connection_init',
      payload: { authorization: 'Bearer first' },
    });

    await session.refresh();
    await until(() => FakeSocket.sockets[0].closedWith === 4205);
    await until(() => FakeSocket.sockets[1]?.subscriptions === 1);
    expect(FakeSocket.sockets[1].sent[0]).toEqual({
      type: 'connection_init',
      payload: { authorization: 'Bearer second' },
    });
    // Events of the gap were not heard: what is on screen is fetched again.
    await until(() => reconnected.mock.calls.length === 1);
    dispose();
    await client.dispose();
  }, 10_000);

  it('renews and reconnects when the server closes the socket at the token expiry (4440), subscribing again', async () => {
    const renew = vi.fn<RenewTokens>(async () => token('second'));
    const session = signedIn(renew);
    const reconnected = vi.fn();
    const { client } = createSubscriptionSocket(
      session,
      'ws://test/graphql',
      FakeSocket,
      reconnected,
    );
    const dispose = client.subscribe(QUERY, sink);
    await until(() => FakeSocket.sockets[0]?.subscriptions === 1);

    FakeSocket.sockets[0].closeFromServer(4440);
    await until(() => FakeSocket.sockets[1]?.subscriptions === 1);
    expect(renew).toHaveBeenCalledOnce();
    expect(FakeSocket.sockets[1].sent[0]).toEqual({
      type: 'connection_init',
      payload: { authorization: 'Bearer second' },
    });
    // The renewal it made itself does not restart the socket once more.
    await new Promise((r) => setTimeout(r, 50));
    expect(FakeSocket.sockets).toHaveLength(2);
    expect(reconnected).toHaveBeenCalledOnce();
    dispose();
    await client.dispose();
  }, 10_000);

  it('does not renew again on 4440 when the tab already holds a newer token', async () => {
    const renew = vi.fn<RenewTokens>(async () => token('third'));
    const session = signedIn(renew);
    const { client } = createSubscriptionSocket(session, 'ws://test/graphql', FakeSocket);
    const dispose = client.subscribe(QUERY, sink);
    await until(() => FakeSocket.sockets[0]?.subscriptions === 1);
    // Renewed by the timer, while the server was closing the old socket.
    session.start(token('second'));
    FakeSocket.sockets[0].closeFromServer(4440);
    await until(() =>
      FakeSocket.sockets.some((s) => s.subscriptions === 1 && s !== FakeSocket.sockets[0]),
    );
    const last = FakeSocket.sockets[FakeSocket.sockets.length - 1];
    expect(last.sent[0]).toEqual({
      type: 'connection_init',
      payload: { authorization: 'Bearer second' },
    });
    expect(renew).not.toHaveBeenCalled();
    dispose();
    await client.dispose();
  }, 10_000);

  it('asks whether the session lives on when the server ends the sign-in (4401): refused, it ends', async () => {
    const session = signedIn(async () => null);
    const { client } = createSubscriptionSocket(session, 'ws://test/graphql', FakeSocket);
    const errors: unknown[] = [];
    client.subscribe(QUERY, { ...sink, error: (e) => errors.push(e) });
    await until(() => FakeSocket.sockets[0]?.subscriptions === 1);
    FakeSocket.sockets[0].closeFromServer(4401);
    await until(() => !session.isSignedIn);
    expect(session.lastEnd).toBe('expired');
    expect(errors).toHaveLength(1);
    expect(FakeSocket.sockets).toHaveLength(1);
    await client.dispose();
  });

  it('fetches nothing again when the socket reopens after its last subscription ended', async () => {
    const session = signedIn(async () => token('second'));
    const reconnected = vi.fn();
    const { client } = createSubscriptionSocket(
      session,
      'ws://test/graphql',
      FakeSocket,
      reconnected,
    );
    const first = client.subscribe(QUERY, sink);
    await until(() => FakeSocket.sockets[0]?.subscriptions === 1);
    first();
    await until(() => FakeSocket.sockets[0].closedWith === 1000);
    const second = client.subscribe(QUERY, sink);
    await until(() => FakeSocket.sockets[1]?.subscriptions === 1);
    expect(reconnected).not.toHaveBeenCalled();
    second();
    await client.dispose();
  });
});
