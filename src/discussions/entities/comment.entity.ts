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
import { User } from '../../users/entities/user.entity';
import { Thread } from './thread.entity';

/**
 * A comment in a thread: Markdown, stored exactly as written (the server
 * never renders HTML). Deleting one leaves a placeholder: the body is
 * emptied and `deletedAt` set, so that the replies around it still read.
 */
@ObjectType({ description: 'A comment in a thread; its body is Markdown, as written.' })
@Entity()
@Index('ix_comment_thread', ['threadId', 'createdAt', 'id'])
export class Comment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @Index('ix_comment_author')
  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Field({ description: 'Markdown, 1 to 10,000 characters; empty once deleted.' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the author last edited it.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was deleted.' })
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  deletedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deleted_by_id' })
  deletedBy?: User;
}
