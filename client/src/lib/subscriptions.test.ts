import { Session } from './auth/session';
import { createTokenStore } from './auth/token-store';
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
}

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

  it('sends the access token in connection_init, and reconnects with the new one after a renewal', async () => {
    localStorage.clear();
    const store = createTokenStore(localStorage);
    store.set({ accessToken: 'first', refreshToken: 'r1' });
    const session = new Session(
      store,
      async () => ({ accessToken: 'second', refreshToken: 'r2' }),
      (task) => task(),
    );
    const { client } = createSubscriptionSocket(session, 'ws://test/graphql', FakeSocket);

    const dispose = client.subscribe(
      { query: 'subscription { notificationAdded { id } }' },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    await until(() => FakeSocket.sockets[0]?.sent.some((m) => m.type === 'subscribe'));
    expect(FakeSocket.sockets[0].sent[0]).toEqual({
      type: 'connection_init',
      payload: { authorization: 'Bearer first' },
    });

    await session.refresh();
    await until(() => FakeSocket.sockets[0].closedWith === 4205);
    await until(() => FakeSocket.sockets[1]?.sent.some((m) => m.type === 'subscribe'));
    expect(FakeSocket.sockets[1].sent[0]).toEqual({
      type: 'connection_init',
      payload: { authorization: 'Bearer second' },
    });
    dispose();
    await client.dispose();
  });
});
