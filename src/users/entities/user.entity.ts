import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
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
import { Locale, Role } from '../../common/enums';
import { Ministry } from '../../ministries/entities/ministry.entity';
import { Organization } from '../../organizations/entities/organization.entity';

@ObjectType({
  description: 'A person who signs in: ministry staff, provider, coordinator or admin.',
})
@Entity()
@Index('uq_user_email', { synchronize: false }) // unique on lower(email), written in the migration
@Index('ix_user_name', { synchronize: false }) // (lower(display_name), id): the people list's order
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Exposed through UsersResolver.email: only to the person and the working group. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  /** argon2id; never leaves the server, never selected unless asked for. */
  @Column({ type: 'varchar', length: 200, select: false })
  passwordHash: string;

  /**
   * Bumped by changePassword, resetPassword, deactivation and a change of
   * role or affiliation: access tokens carry the version they were
   * signed under, so older ones stop working at once. Never exposed.
   */
  @Column({ type: 'integer', default: 0, select: false })
  sessionVersion: number;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  ministryId: string | null;

  @ManyToOne(() => Ministry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ministry_id' })
  ministry?: Ministry;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => Locale, {
    description: 'The language of notifications and suggestions for this user.',
  })
  @Column({ type: 'enum', enum: Locale, enumName: 'locale', default: Locale.en })
  locale: Locale;

  /**
   * Set by deactivateUser: the person can no longer sign in, and their name
   * stays on what they wrote. Cleared by reactivateUser.
   */
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
