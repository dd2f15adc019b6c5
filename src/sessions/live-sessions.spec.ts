import { EventEmitter } from 'node:events';
import { PubSub } from 'graphql-subscriptions';
import { LiveEvents } from '../common/live-events';
import {
  LiveSessions,
  SESSION_ENDED_CODE,
  SocketSession,
  TOKEN_EXPIRED_CODE,
} from './live-sessions';

/** A socket that records how it was closed, and says so as ws does. */
class FakeSocket extends EventEmitter {
  closedWith: number | null = null;
  close(code: number) {
    this.closedWith = code;
    this.emit('close');
  }
}

/** LiveEvents in process, as without REDIS_URL. */
function liveEvents(): LiveEvents {
  const pubsub = new PubSub();
  return {
    publish: (trigger: string, payload: unknown) => pubsub.publish(trigger, payload),
    listen: (trigger: string) => pubsub.asyncIterableIterator(trigger),
  } as unknown as LiveEvents;
}

const tick = () => new Promise((r) => setImmediate(r));

describe('LiveSessions', () => {
  let sessions: LiveSessions;
  const later = () => Date.now() + 60_000;
  const session = (overrides: Partial<SocketSession> = {}): SocketSession => ({
    userId: 'u1',
    familyId: 'f1',
    sessionVersion: 0,
    expiresAt: later(),
    ...overrides,
  });
  beforeEach(() => {
    sessions = new LiveSessions(liveEvents());
    sessions.onModuleInit();
  });
  afterEach(() => sessions.onApplicationShutdown());

  it("closes a socket at its token's expiry (4440), and forgets it once closed", async () => {
    const socket = new FakeSocket();
    sessions.add(socket, session({ expiresAt: Date.now() + 30 }));
    await new Promise((r) => setTimeout(r, 10));
    expect(socket.closedWith).toBeNull();
    await new Promise((r) => setTimeout(r, 40));
    expect(socket.closedWith).toBe(TOKEN_EXPIRED_CODE);
    expect((sessions as unknown as { sockets: Map<string, unknown> }).sockets.size).toBe(0);
  });

  it('closes at once a socket whose token has already expired, and a far expiry does not fire early', async () => {
    const expired = new FakeSocket();
    sessions.add(expired, session({ expiresAt: Date.now() - 1000 }));
    const far = new FakeSocket();
    sessions.add(far, session({ expiresAt: Date.now() + 40 * 86_400_000 }));
    await new Promise((r) => setTimeout(r, 20));
    expect(expired.closedWith).toBe(TOKEN_EXPIRED_CODE);
    expect(far.closedWith).toBeNull();
    far.close(1000);
  });

  it("ends one sign-in's sockets only (logout), in 4401", async () => {
    const mine = new FakeSocket();
    const myOtherDevice = new FakeSocket();
    const someoneElse = new FakeSocket();
    sessions.add(mine, session());
    sessions.add(myOtherDevice, session({ familyId: 'f2' }));
    sessions.add(someoneElse, session({ userId: 'u2' }));
    await sessions.endFamily('u1', 'f1');
    await tick();
    expect([mine.closedWith, myOtherDevice.closedWith, someoneElse.closedWith]).toEqual([
      SESSION_ENDED_CODE,
      null,
      null,
    ]);
  });

  it('ends every socket of a user opened before the new session version, not those opened after', async () => {
    const before = [new FakeSocket(), new FakeSocket()];
    const after = new FakeSocket();
    sessions.add(before[0], session());
    sessions.add(before[1], session({ familyId: null }));
    sessions.add(after, session({ familyId: 'f9', sessionVersion: 1 }));
    await sessions.endAll('u1', 1);
    await tick();
    expect(before.map((s) => s.closedWith)).toEqual([SESSION_ENDED_CODE, SESSION_ENDED_CODE]);
    expect(after.closedWith).toBeNull();
  });
});
