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
import { NeedStatus, Priority, Visibility } from '../../common/enums';
import { Ministry } from '../../ministries/entities/ministry.entity';
import { Country } from '../../reference/entities/country.entity';
import { User } from '../../users/entities/user.entity';
import { RankedTextColumns, RankedTextIndexes } from '../../database/derived-columns';

/**
 * What a partner country needs to digitalise, as logged by a ministry.
 * Domains, principles and tags are arrays of codes (checked against the
 * reference tables by the service): the ranking reads them per row without
 * joins, and GIN indexes serve the filters.
 */
@ObjectType({ description: "A partner country's digitalisation need, logged by a ministry." })
@Entity()
@RankedTextIndexes('need')
@Index('ix_need_created', ['createdAt', 'id'])
export class Need extends RankedTextColumns({
  summary: 'NULL',
  principleIds: 'public.d4d_ids(principle_codes)',
}) {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Index('ix_need_country')
  @Column({ type: 'varchar', length: 2 })
  countryCode: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: Country;

  @Column({ type: 'varchar', length: 40, array: true })
  domainCodes: string[];

  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  principleCodes: string[];

  @Field(() => [String])
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  tags: string[];

  @Index('ix_need_ministry')
  @Column({ type: 'uuid', nullable: true })
  ministryId: string | null;

  @ManyToOne(() => Ministry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ministry_id' })
  ministry?: Ministry;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  partnerInstitution: string | null;

  @Field(() => Priority)
  @Column({ type: 'enum', enum: Priority, enumName: 'priority', default: Priority.MEDIUM })
  priority: Priority;

  @Field(() => NeedStatus)
  @Index('ix_need_status')
  @Column({ type: 'enum', enum: NeedStatus, enumName: 'need_status', default: NeedStatus.OPEN })
  status: NeedStatus;

  @Field(() => Visibility)
  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility', default: Visibility.INTERNAL })
  visibility: Visibility;

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
    description: 'Optimistic-concurrency version; updateNeed must be given the version it edits.',
  })
  @Column({ type: 'int', default: 1 })
  version: number;
}
