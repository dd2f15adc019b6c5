import { Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { EntityManager } from 'typeorm';
import { afterCommit } from './after-commit';
import { SubjectRef } from './subjects';

/** One changed field of a record, before and after. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What the audit trail keeps of a change: who, which operation, which record, before and after. */
export interface Change {
  /** Who made the change, and in which request (AuthUser.requestId); null for the system. */
  actor: { id: string; requestId?: string } | null;
  /** The GraphQL operation: createNeed, decideMatch... */
  operation: string;
  entityType: string;
  entityId: string;
  /** The record before (null for a creation) and after the change. */
  before: object | null;
  after: object | null;
  /** Changes to other records made by the same operation (`need.status` when a match is accepted). */
  also?: FieldChange[];
}

/**
 * Something that happened, announced by the feature that made it happen.
 * Floors read the parts they care about: the audit trail records `change`,
 * discussions open a thread for `created`. Features subclass it to carry
 * what their own listeners need (`MatchChanged`, `CommentPosted`).
 */
export class DomainEvent {
  constructor(
    /** The audit trail's entry; every change of state leaves one. */
    readonly change: Change,
    /** A record that came to be and has a discussion of its own. */
    readonly created: SubjectRef | null = null,
  ) {}
}

type EventClass = abstract new (...args: never[]) => DomainEvent;

/** Listeners of every event (the audit trail, thread opening) listen to this name. */
const ANY = 'domain-event';
const eventName = (type: EventClass) => (type === DomainEvent ? ANY : type.name);
const committed = (name: string) => `${name}:committed`;

/**
 * Runs inside the transaction of the change, with `(event, tx)`: what it
 * writes commits or rolls back with the change, and its error rolls the
 * change back. `DomainEvent` itself hears every event.
 */
export const OnDomainEvent = (type: EventClass) =>
  OnEvent(eventName(type), { suppressErrors: false });

/**
 * Runs once the change has committed, with `(event)`, and only then (live
 * events: no subscriber hears of a change that was rolled back). A failure
 * is logged with the change's request id; the change stands.
 */
export const OnCommitted = (type: EventClass) =>
  OnEvent(committed(eventName(type)), { suppressErrors: false });

type Listener = (event: DomainEvent, tx?: EntityManager) => unknown;

/**
 * The one way features announce what happened, on @nestjs/event-emitter.
 * The transaction's listeners run one after another, in the order their
 * modules were loaded (floors first), so that their writes on `tx` keep a
 * stable order; the committed listeners are queued on `tx` (after-commit).
 */
@Injectable()
export class DomainEvents {
  constructor(private readonly emitter: EventEmitter2) {}

  async publish(tx: EntityManager, event: DomainEvent): Promise<void> {
    const name = eventName(event.constructor as EventClass);
    const names = name === ANY ? [ANY] : [ANY, name];
    for (const each of names) {
      for (const listener of this.emitter.listeners(each) as Listener[]) {
        await listener(event, tx);
      }
    }
    for (const each of names) {
      for (const listener of this.emitter.listeners(committed(each)) as Listener[]) {
        afterCommit(tx, () => listener(event), event.change.actor?.requestId);
      }
    }
  }
}
