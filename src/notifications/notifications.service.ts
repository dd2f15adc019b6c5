import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, IsNull, WhereExpressionBuilder } from 'typeorm';
import { canReadThread, ThreadFacts } from '../auth/policy';
import { afterCommit } from '../common/after-commit';
import { AuthUser } from '../common/auth-user';
import { DomainEvent, DomainEvents } from '../common/domain-events';
import { Locale, NotificationKind } from '../common/enums';
import { LiveEvents } from '../common/live-events';
import { Connection, keysetPage, SortKey, PageArgs } from '../common/pagination';
import { SubjectRef } from '../common/subjects';
import { translator } from '../i18n/i18n';
import { User } from '../users/entities/user.entity';
import { Notification, NotificationParams } from './entities/notification.entity';

export const NOTIFICATION_ADDED = 'notificationAdded';
/** One channel per recipient. */
export const notificationChannel = (recipientId: string) => `${NOTIFICATION_ADDED}:${recipientId}`;

/** What travels to the subscribers of `notificationAdded` (JSON). */
export interface NotificationAddedEvent {
  recipientId: string;
  notification: Notification;
}

/** Someone who may be told: what the policy needs to know of them. */
export type Recipient = AuthUser;

/** One thing to tell people, from the feature where it happened. */
export interface Notice {
  kind: NotificationKind;
  actor: AuthUser;
  /** Who might be told; the actor, and anyone who may not read `facts`, are left out. */
  recipients: Recipient[];
  /** What it is about, as the policy reads it (`canReadThread`'s facts). */
  facts: ThreadFacts;
  /** Where its link points. */
  target: SubjectRef;
  threadId?: string | null;
  commentId?: string | null;
  /** The values its text is made of: titles as they are now (shortened with `short`), a status... */
  params: NotificationParams;
}

const NEWEST_FIRST: SortKey[] = [
  { expr: 'notification.created_at', type: 'timestamptz' },
  { expr: 'notification.id', type: 'uuid' },
];

/** Titles in a short text: at most 60 characters. */
export const short = (text: string, max = 60) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** The notification's text in a language, from its kind and the values it was made with. */
export function notificationText(n: Pick<Notification, 'kind' | 'params'>, locale: Locale): string {
  const t = translator(locale);
  const p = n.params;
  return t(`notification.${n.kind}`, {
    ...p,
    actor: p.actor || t('notification.someone'),
    status: p.status ? t(`notification.status.${p.status}`) : '',
    recommendation: p.recommendation ? t(`notification.recommendation.${p.recommendation}`) : '',
  });
}

/**
 * In-app notifications, for any feature: a feature decides who is told of
 * what happened (its listener of its own domain event) and calls `notify`
 * inside the transaction of the change, so the notifications commit with
 * it. No one is told about something they may not read, or about their own
 * doing, and `notificationAdded` is published once the change has committed.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly live: LiveEvents,
    private readonly events: DomainEvents,
  ) {}

  async notify(tx: EntityManager, notice: Notice): Promise<void> {
    const readers = notice.recipients.filter((u) => canReadThread(u, notice.facts));
    const to = [...new Map(readers.map((u) => [u.id, u])).values()].filter(
      (u) => u.id !== notice.actor.id,
    );
    if (!to.length) return;
    const { actor, kind, target } = notice;
    const name = await tx
      .getRepository(User)
      .findOne({ where: { id: actor.id }, select: { id: true, displayName: true } });
    const rows = await tx
      .getRepository(Notification)
      .createQueryBuilder()
      .insert()
      .values(
        to.map((u) => ({
          recipientId: u.id,
          kind,
          actorId: actor.id,
          targetType: target.type,
          targetId: target.id,
          threadId: notice.threadId ?? null,
          commentId: notice.commentId ?? null,
          params: { actor: name?.displayName ?? '', ...notice.params },
        })),
      )
      .returning('*')
      .execute();
    const created = (rows.raw as Record<string, unknown>[]).map((r) => fromRow(r));
    afterCommit(
      tx,
      async () => {
        for (const notification of created) {
          await this.live.publish<NotificationAddedEvent>(
            notificationChannel(notification.recipientId),
            { recipientId: notification.recipientId, notification },
          );
        }
      },
      actor.requestId,
    );
  }

  /** The active people matching a condition over the alias `u` of `user`, as the policy sees them. */
  recipients(
    tx: EntityManager,
    where: (qb: WhereExpressionBuilder) => unknown,
  ): Promise<Recipient[]> {
    return (
      tx
        .getRepository(User)
        .createQueryBuilder('u')
        .select(['u.id', 'u.email', 'u.role', 'u.ministryId', 'u.organizationId', 'u.locale'])
        // A deactivated person reads nothing any more, so is told nothing.
        .where('u.deactivated_at IS NULL')
        .andWhere(new Brackets((qb) => void where(qb)))
        .getMany()
    );
  }

  // ---- reading --------------------------------------------------------------

  list(user: AuthUser, unreadOnly: boolean, page: PageArgs): Promise<Connection<Notification>> {
    const qb = this.db
      .getRepository(Notification)
      .createQueryBuilder('notification')
      .where('notification.recipient_id = :me', { me: user.id });
    if (unreadOnly) qb.andWhere('notification.read_at IS NULL');
    return keysetPage(qb, NEWEST_FIRST, page);
  }

  unreadCount(user: AuthUser): Promise<number> {
    return this.db.getRepository(Notification).countBy({ recipientId: user.id, readAt: IsNull() });
  }

  /** Marks the caller's own notifications among `ids` read; other ids are ignored. */
  async markRead(user: AuthUser, ids: string[]): Promise<Notification[]> {
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (!wanted.length) return [];
    return this.db.transaction(async (tx) => {
      const result = await tx
        .createQueryBuilder()
        .update(Notification)
        .set({ readAt: () => 'now()' })
        .where('recipient_id = :me AND id IN (:...wanted) AND read_at IS NULL', {
          me: user.id,
          wanted,
        })
        .returning('id')
        .execute();
      const markedIds = (result.raw as { id: string }[]).map((r) => r.id);
      if (markedIds.length) {
        await this.events.publish(
          tx,
          new DomainEvent({
            actor: user,
            operation: 'markNotificationsRead',
            entityType: 'User',
            entityId: user.id,
            before: null,
            after: null,
            also: [{ field: 'notificationsRead', before: null, after: markedIds.sort() }],
          }),
        );
      }
      return tx.getRepository(Notification).find({
        where: { recipientId: user.id, id: In(wanted) },
        order: { createdAt: 'DESC' },
      });
    });
  }
}

/** A notification from a raw row (RETURNING *) or from a live event's JSON. */
export function fromRow(r: Record<string, unknown>): Notification {
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
  return Object.assign(new Notification(), {
    id: r.id,
    recipientId: r.recipient_id ?? r.recipientId,
    kind: r.kind,
    actorId: r.actor_id ?? r.actorId ?? null,
    targetType: r.target_type ?? r.targetType,
    targetId: r.target_id ?? r.targetId,
    threadId: r.thread_id ?? r.threadId ?? null,
    commentId: r.comment_id ?? r.commentId ?? null,
    params: r.params ?? {},
    createdAt: date(r.created_at ?? r.createdAt),
    readAt: date(r.read_at ?? r.readAt),
  });
}
