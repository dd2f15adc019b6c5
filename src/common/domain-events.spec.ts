import { Injectable } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { Test } from '@nestjs/testing';
import { EntityManager } from 'typeorm';
import { Change, DomainEvent, DomainEvents, OnCommitted, OnDomainEvent } from './domain-events';

class ThingDone extends DomainEvent {}
class OtherDone extends DomainEvent {}

const change = (operation: string): Change => ({
  actor: null,
  operation,
  entityType: 'Thing',
  entityId: '00000000-0000-4000-8000-000000000000',
  before: null,
  after: null,
});

/** A transaction whose after-commit jobs wait in `runner.data` until `commit()`. */
function fakeTx() {
  const runner = { isTransactionActive: true, data: {} as Record<string, unknown> };
  return { tx: { queryRunner: runner } as unknown as EntityManager, runner };
}

@Injectable()
class Listeners {
  heard: string[] = [];

  @OnDomainEvent(DomainEvent)
  every(event: DomainEvent, tx: EntityManager) {
    this.heard.push(`every:${event.change.operation}:${tx ? 'tx' : 'none'}`);
  }

  @OnDomainEvent(ThingDone)
  async thing(event: ThingDone) {
    await new Promise((r) => setTimeout(r, 5));
    if (event.change.operation === 'fail') throw new Error('refused');
    this.heard.push(`thing:${event.change.operation}`);
  }

  @OnCommitted(ThingDone)
  committed(event: ThingDone) {
    this.heard.push(`committed:${event.change.operation}`);
  }
}

describe('DomainEvents', () => {
  let events: DomainEvents;
  let listeners: Listeners;

  beforeEach(async () => {
    const module = await Test.createTestingModule({
      imports: [EventEmitterModule.forRoot()],
      providers: [DomainEvents, Listeners],
    }).compile();
    await module.init();
    events = module.get(DomainEvents);
    listeners = module.get(Listeners);
  });

  it("runs the transaction's listeners in order, with the transaction, before it commits", async () => {
    const { tx, runner } = fakeTx();
    await events.publish(tx, new ThingDone(change('a')));
    await events.publish(tx, new ThingDone(change('b')));
    expect(listeners.heard).toEqual(['every:a:tx', 'thing:a', 'every:b:tx', 'thing:b']);
    expect((runner.data.afterCommitJobs as unknown[]).length).toBe(2);
  });

  it('lets a listener refuse the change: its error reaches the publisher', async () => {
    const { tx } = fakeTx();
    await expect(events.publish(tx, new ThingDone(change('fail')))).rejects.toThrow('refused');
  });

  it('tells the listeners of one kind of event only of that kind; every event reaches DomainEvent', async () => {
    const { tx } = fakeTx();
    await events.publish(tx, new OtherDone(change('o')));
    await events.publish(tx, new DomainEvent(change('plain')));
    expect(listeners.heard).toEqual(['every:o:tx', 'every:plain:tx']);
  });

  it('runs the committed listeners at once outside a transaction', async () => {
    const outside = { queryRunner: undefined } as unknown as EntityManager;
    await events.publish(outside, new ThingDone(change('c')));
    await new Promise((r) => setTimeout(r, 10));
    expect(listeners.heard).toEqual(['every:c:tx', 'thing:c', 'committed:c']);
  });
});
