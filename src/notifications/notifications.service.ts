import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, IsNull, WhereExpressionBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { canReadMatch, canReadThread, ThreadFacts } from '../auth/policy';
import { afterCommit } from '../common/after-commit';
import { Locale, NotificationKind, Role, SubjectType } from '../common/enums';
import { LiveEvents } from '../common/live-events';
import { Connection, keysetPage, SortKey, PageArgs } from '../common/pagination';
import { translator } from '../i18n/i18n';
import { Match } from '../matching/entities/match.entity';
import { Need } from '../needs/entities/need.entity';
import { Solution } from '../solutions/entities/solution.entity';
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

/** A match with its need and solution, as the match triggers need them. */
export interface MatchContext {
  match: Match;
  need: Need;
  solution: Solution;
}

/** A new comment, with what its thread is about, for the comment triggers. */
export interface CommentContext {
  threadId: string;
  commentId: string;
  facts: ThreadFacts;
  target: { type: SubjectType; id: string };
  /** A short name of what the thread is about (a title). */
  subject: string;
  mentions: { emails: string[]; names: string[] };
}

const NEWEST_FIRST: SortKey[] = [
  { expr: 'notification.created_at', type: 'timestamptz' },
  { expr: 'notification.id', type: 'uuid' },
];

/** Titles in a short text: at most 60 characters. */
const short = (text: string, max = 60) =>
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

type Recipient = AuthUser;

/**
 * Who is told what. Each trigger runs inside the transaction of the change
 * that causes it (the notifications commit with it), tells no one about
 * something they may not read, never tells people about their own doing,
 * and publishes `notificationAdded` once the transaction has committed.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly live: LiveEvents,
    private readonly audit: AuditService,
  ) {}

  // ---- triggers -------------------------------------------------------------

  /** The need's creator and its ministry's staff, the provider's members, and coordinators. */
  async matchProposed(tx: EntityManager, actor: AuthUser, m: MatchContext): Promise<void> {
    const recipients = await this.users(tx, (qb) =>
      qb
        .where('u.id = :creator', { creator: m.need.createdById })
        .orWhere("u.role = 'MINISTRY_STAFF' AND u.ministry_id = CAST(:ministry AS uuid)", {
          ministry: m.need.ministryId,
        })
        .orWhere("u.role = 'SOLUTION_PROVIDER' AND u.organization_id = :provider", {
          provider: m.solution.providerId,
        })
        .orWhere('u.role = :coordinator', { coordinator: Role.COORDINATOR }),
    );
    await this.send(tx, NotificationKind.MATCH_PROPOSED, actor, recipients, m, {});
  }

  /** The provider's members, when their solution is reviewed. */
  async matchReviewed(
    tx: EntityManager,
    actor: AuthUser,
    m: MatchContext,
    recommendation: string,
  ): Promise<void> {
    const recipients = await this.users(tx, (qb) =>
      qb.where("u.role = 'SOLUTION_PROVIDER' AND u.organization_id = :provider", {
        provider: m.solution.providerId,
      }),
    );
    await this.send(tx, NotificationKind.MATCH_REVIEWED, actor, recipients, m, { recommendation });
  }

  /** The need's creator and its ministry's staff, and the provider's members. */
  async matchDecided(tx: EntityManager, actor: AuthUser, m: MatchContext): Promise<void> {
    const recipients = await this.users(tx, (qb) =>
      qb
        .where('u.id = :creator', { creator: m.need.createdById })
        .orWhere("u.role = 'MINISTRY_STAFF' AND u.ministry_id = CAST(:ministry AS uuid)", {
          ministry: m.need.ministryId,
        })
        .orWhere("u.role = 'SOLUTION_PROVIDER' AND u.organization_id = :provider", {
          provider: m.solution.providerId,
        }),
    );
    await this.send(tx, NotificationKind.MATCH_DECIDED, actor, recipients, m, {
      status: m.match.status,
    });
  }

  /**
   * Everyone who has commented in the thread hears of a new comment; the
   * people it mentions hear of the mention instead (once each), if they may
   * read the thread.
   */
  async commentAdded(tx: EntityManager, actor: AuthUser, c: CommentContext): Promise<void> {
    const { emails, names } = c.mentions;
    const mentioned =
      emails.length || names.length
        ? await this.users(tx, (qb) =>
            qb
              .where('lower(u.email) IN (:...emails)', { emails: emails.length ? emails : [''] })
              .orWhere('lower(u.display_name) IN (:...names)', {
                names: names.length ? names : [''],
              }),
          )
        : [];
    const mentionedIds = new Set(mentioned.map((u) => u.id));
    const commenters = await this.users(tx, (qb) =>
      qb.where(
        'u.id IN (SELECT c.author_id FROM comment c WHERE c.thread_id = :thread AND c.id <> :comment)',
        { thread: c.threadId, comment: c.commentId },
      ),
    );
    const readers = (users: Recipient[]) => users.filter((u) => canReadThread(u, c.facts));
    const link = { target: c.target, threadId: c.threadId, commentId: c.commentId };
    const params = { subject: short(c.subject) };
    await this.sendTo(tx, NotificationKind.MENTIONED, actor, readers(mentioned), link, params);
    await this.sendTo(
      tx,
      NotificationKind.COMMENT_ADDED,
      actor,
      readers(commenters.filter((u) => !mentionedIds.has(u.id))),
      link,
      params,
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
        await this.audit.record(tx, {
          actor: user,
          operation: 'markNotificationsRead',
          entityType: 'User',
          entityId: user.id,
          before: null,
          after: null,
          also: [{ field: 'notificationsRead', before: null, after: markedIds.sort() }],
        });
      }
      return tx.getRepository(Notification).find({
        where: { recipientId: user.id, id: In(wanted) },
        order: { createdAt: 'DESC' },
      });
    });
  }

  // ---- helpers ----------------------------------------------------------------

  /** Users matching a condition, as the policy sees them. */
  private users(
    tx: EntityManager,
    where: (qb: WhereExpressionBuilder) => unknown,
  ): Promise<Recipient[]> {
    return tx
      .getRepository(User)
      .createQueryBuilder('u')
      .select(['u.id', 'u.email', 'u.role', 'u.ministryId', 'u.organizationId', 'u.locale'])
      .where(new Brackets((qb) => void where(qb)))
      .getMany();
  }

  private async send(
    tx: EntityManager,
    kind: NotificationKind,
    actor: AuthUser,
    recipients: Recipient[],
    m: MatchContext,
    extra: NotificationParams,
  ) {
    const readers = recipients.filter((u) => canReadMatch(u, m.need, m.solution));
    await this.sendTo(
      tx,
      kind,
      actor,
      readers,
      { target: { type: SubjectType.MATCH, id: m.match.id }, threadId: null, commentId: null },
      { need: short(m.need.title), solution: short(m.solution.title), ...extra },
    );
  }

  private async sendTo(
    tx: EntityManager,
    kind: NotificationKind,
    actor: AuthUser,
    recipients: Recipient[],
    link: {
      target: { type: SubjectType; id: string };
      threadId: string | null;
      commentId: string | null;
    },
    params: NotificationParams,
  ) {
    const to = [...new Map(recipients.map((u) => [u.id, u])).values()].filter(
      (u) => u.id !== actor.id,
    );
    if (!to.length) return;
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
          targetType: link.target.type,
          targetId: link.target.id,
          threadId: link.threadId,
          commentId: link.commentId,
          params: { actor: name?.displayName ?? '', ...params },
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
            {
              recipientId: notification.recipientId,
              notification,
            },
          );
        }
      },
      actor.requestId,
    );
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
