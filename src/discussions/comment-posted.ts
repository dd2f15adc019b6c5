import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { Change, DomainEvent, OnCommitted, OnDomainEvent } from '../common/domain-events';
import { NotificationKind } from '../common/enums';
import { LiveEvents } from '../common/live-events';
import { NotificationsService, Recipient, short } from '../notifications/notifications.service';
import { Comment } from './entities/comment.entity';
import { commentChannel, CommentAddedEvent } from './live';
import { parseMentions } from './mentions';
import { ThreadInfo } from './threads.service';

/** A comment was posted in a thread. */
export class CommentPosted extends DomainEvent {
  constructor(
    change: Change,
    readonly actor: AuthUser,
    readonly thread: ThreadInfo,
    readonly comment: Comment,
  ) {
    super(change);
  }
}

/** Who hears of a new comment, and its live event. */
@Injectable()
export class CommentPostedListeners {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly live: LiveEvents,
  ) {}

  /**
   * Everyone who has commented in the thread hears of a new comment; the
   * people it mentions hear of the mention instead (once each), if they may
   * read the thread.
   */
  @OnDomainEvent(CommentPosted)
  async notify({ actor, thread, comment }: CommentPosted, tx: EntityManager): Promise<void> {
    const { emails, names } = parseMentions(comment.body);
    const mentioned =
      emails.length || names.length
        ? await this.notifications.recipients(tx, (qb) =>
            qb
              .where('lower(u.email) IN (:...emails)', { emails: emails.length ? emails : [''] })
              .orWhere('lower(u.display_name) IN (:...names)', {
                names: names.length ? names : [''],
              }),
          )
        : [];
    const mentionedIds = new Set(mentioned.map((u) => u.id));
    const commenters = await this.notifications.recipients(tx, (qb) =>
      qb.where(
        'u.id IN (SELECT c.author_id FROM comment c WHERE c.thread_id = :thread AND c.id <> :comment)',
        { thread: thread.thread.id, comment: comment.id },
      ),
    );
    const notice = (kind: NotificationKind, recipients: Recipient[]) => ({
      kind,
      actor,
      recipients,
      facts: thread.facts,
      target: thread.target,
      threadId: thread.thread.id,
      commentId: comment.id,
      params: { subject: short(thread.label) },
    });
    await this.notifications.notify(tx, notice(NotificationKind.MENTIONED, mentioned));
    await this.notifications.notify(
      tx,
      notice(
        NotificationKind.COMMENT_ADDED,
        commenters.filter((u) => !mentionedIds.has(u.id)),
      ),
    );
  }

  /** Subscribers of the thread hear of it once it has committed. */
  @OnCommitted(CommentPosted)
  publish({ thread, comment }: CommentPosted): Promise<void> {
    return this.live.publish<CommentAddedEvent>(commentChannel(thread.thread.id), {
      threadId: thread.thread.id,
      facts: thread.facts,
      comment,
    });
  }
}
