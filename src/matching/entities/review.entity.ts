import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
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
import { Recommendation } from '../../common/enums';
import { User } from '../../users/entities/user.entity';
import { Match } from './match.entity';

/** One reviewer's rubric for a match; a second review by the same person replaces the first. */
@ObjectType({ description: "A reviewer's rubric and recommendation for a match." })
@Entity()
@Index('uq_review_match_reviewer', ['matchId', 'reviewerId'], { unique: true })
@Check(
  'ck_review_scores',
  'relevance BETWEEN 1 AND 5 AND feasibility BETWEEN 1 AND 5 AND sustainability BETWEEN 1 AND 5 AND principles_alignment BETWEEN 1 AND 5',
)
export class Review {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  matchId: string;

  @ManyToOne(() => Match, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match?: Match;

  @Column({ type: 'uuid' })
  reviewerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: User;

  @Field(() => Recommendation)
  @Column({ type: 'enum', enum: Recommendation, enumName: 'recommendation' })
  recommendation: Recommendation;

  @Field(() => Int, { description: 'Rubric scores, 1 to 5 each.' })
  @Column({ type: 'smallint' })
  relevance: number;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  feasibility: number;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  sustainability: number;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  principlesAlignment: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
