import { ThreadFacts } from '../auth/policy';
import { Comment } from './entities/comment.entity';

/**
 * The live events of discussions: their trigger names, what
 * travels (JSON, through Redis or in-process), and how the subscriber's side
 * turns it back into entities. Each event carries the facts its read rule
 * needs, so that filtering every event by the policy costs no query.
 */
export const COMMENT_ADDED = 'commentAdded';

/**
 * One channel per thread, so that a process hears (through Redis) only of
 * the threads its subscribers follow.
 */
export const commentChannel = (threadId: string) => `${COMMENT_ADDED}:${threadId}`;

export interface CommentAddedEvent {
  threadId: string;
  facts: ThreadFacts;
  comment: Comment;
}

const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

export function reviveComment(json: Comment): Comment {
  return Object.assign(new Comment(), json, {
    createdAt: date(json.createdAt),
    editedAt: date(json.editedAt),
    deletedAt: date(json.deletedAt),
  });
}
