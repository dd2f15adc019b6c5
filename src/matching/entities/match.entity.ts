import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { MatchStatus } from '../../common/enums';
import { Need } from '../../needs';
import { Solution } from '../../solutions';
import { User } from '../../users/entities/user.entity';

/**
 * A proposal that a solution serves a need, carried from PROPOSED to a
 * decision by the workflow in match-workflow.ts. A pair has at most one
 * live match (not REJECTED or WITHDRAWN): a partial unique index, in the
 * migration, holds that even under concurrent proposals.
 */
@ObjectType({ description: 'A proposed pairing of a need and a solution, and its review.' })
@Entity()
@Index('uq_match_live_pair', { synchronize: false })
@Index('ix_match_created', ['createdAt', 'id'])
@Check('ck_match_score', 'score IS NULL OR (score >= 0 AND score <= 1)')
export class Match {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_match_need')
  @Column({ type: 'uuid' })
  needId: string;

  @ManyToOne(() => Need, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Index('ix_match_solution')
  @Column({ type: 'uuid' })
  solutionId: string;

  @ManyToOne(() => Solution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'solution_id' })
  solution?: Solution;

  @Field(() => MatchStatus)
  @Index('ix_match_status')
  @Column({
    type: 'enum',
    enum: MatchStatus,
    enumName: 'match_status',
    default: MatchStatus.PROPOSED,
  })
  status: MatchStatus;

  @Field(() => Float, { nullable: true, description: "The engine's score when proposed, if any." })
  @Column({ type: 'real', nullable: true })
  score: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  rationale: string | null;

  @Column({ type: 'uuid' })
  proposedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy?: User;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: User;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases with every change of state.' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
