import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Maturity, SolutionStatus } from '../../common/enums';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';
import {
  derivedIntSet,
  RankedTextColumns,
  RankedTextIndexes,
} from '../../database/derived-columns';

/** A "made in Luxembourg" solution offered by an organisation. */
@ObjectType({ description: 'A "made in Luxembourg" solution offered by an organisation.' })
@Entity()
@RankedTextIndexes('solution')
@Index('ix_solution_created', ['createdAt', 'id'])
export class Solution extends RankedTextColumns({
  summary: 'summary',
  // Open source counts as following the open-standards principle.
  principleIds:
    "public.d4d_ids(principle_codes || CASE WHEN open_source THEN '{OPEN_STANDARDS}'::varchar[] ELSE '{}'::varchar[] END)",
}) {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'varchar', length: 500 })
  summary: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Index('ix_solution_provider')
  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Organization;

  @Column({ type: 'varchar', length: 40, array: true })
  domainCodes: string[];

  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  principleCodes: string[];

  @Field(() => [String])
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  tags: string[];

  @Field(() => Maturity)
  @Column({ type: 'enum', enum: Maturity, enumName: 'maturity' })
  maturity: Maturity;

  @Field()
  @Column({ type: 'boolean', default: false })
  openSource: boolean;

  @Column({ type: 'varchar', length: 2, array: true, default: () => "'{}'" })
  countryCodesDeployed: string[];

  @Field(() => SolutionStatus)
  @Index('ix_solution_status')
  @Column({
    type: 'enum',
    enum: SolutionStatus,
    enumName: 'solution_status',
    default: SolutionStatus.PUBLISHED,
  })
  status: SolutionStatus;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, {
    description: 'Optimistic-concurrency version; updateSolution must be given it.',
  })
  @Column({ type: 'int', default: 1 })
  version: number;

  /** The countries it is deployed in, for the country factor (MatchingProfiles migration). */
  @Column(
    derivedIntSet({
      generatedType: 'STORED',
      asExpression: 'public.d4d_ids(country_codes_deployed)',
    }),
  )
  countryIds?: number[];
}
