import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { NotificationKind, SubjectType } from '../../common/enums';
import { User } from '../../users/entities/user.entity';

/** The values a notification's text is made of (titles as they were, shortened). */
export type NotificationParams = Record<string, string>;

/**
 * Something that concerns one user: a match proposed, reviewed or decided,
 * a comment in a thread they take part in, a mention. Its text is rendered
 * from `kind` and `params` in the recipient's language when it is read, so
 * that it follows a change of language.
 */
@ObjectType({ description: 'Something that concerns you, with a link to what it is about.' })
@Entity()
@Index('ix_notification_recipient', ['recipientId', 'createdAt', 'id'])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  /** Who caused it. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: User;

  @Field(() => SubjectType, { description: 'What the link points at: a need, solution or match.' })
  @Column({ type: 'enum', enum: SubjectType, enumName: 'subject_type' })
  targetType: SubjectType;

  @Field(() => ID, { description: 'The id of the need, solution or match.' })
  @Column({ type: 'uuid' })
  targetId: string;

  @Field(() => ID, { nullable: true, description: 'The thread, for comments and mentions.' })
  @Column({ type: 'uuid', nullable: true })
  threadId: string | null;

  @Field(() => ID, { nullable: true, description: 'The comment, for comments and mentions.' })
  @Column({ type: 'uuid', nullable: true })
  commentId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: NotificationParams;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
