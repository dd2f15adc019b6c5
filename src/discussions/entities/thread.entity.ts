import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { SubjectType } from '../../common/enums';
import { Match } from '../../matching/entities/match.entity';
import { Need } from '../../needs/entities/need.entity';
import { Solution } from '../../solutions/entities/solution.entity';

/**
 * The discussion of one need, solution or match, created with it. One
 * foreign key per kind of subject (exactly one set, by a check), so that the
 * database keeps every thread pointing at a real record, and a unique index
 * on each keeps it to one thread a record.
 */
@ObjectType({ description: 'The discussion of a need, a solution or a match.' })
@Entity()
@Check('ck_thread_one_subject', 'num_nonnulls(need_id, solution_id, match_id) = 1')
export class Thread {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_thread_need', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  needId: string | null;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Index('uq_thread_solution', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  solutionId: string | null;

  @ManyToOne(() => Solution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'solution_id' })
  solution?: Solution;

  @Index('uq_thread_match', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  matchId: string | null;

  @ManyToOne(() => Match, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match?: Match;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The kind and id of what a thread is about. */
export function subjectOf(thread: Thread): { type: SubjectType; id: string } {
  if (thread.needId) return { type: SubjectType.NEED, id: thread.needId };
  if (thread.solutionId) return { type: SubjectType.SOLUTION, id: thread.solutionId };
  return { type: SubjectType.MATCH, id: thread.matchId as string };
}
