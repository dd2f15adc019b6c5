import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change to the data, written in the transaction that made it: who,
 * which operation, which record, the changed fields before and after, the
 * request id and when. Append-only: a trigger (in the migration) refuses
 * UPDATE and DELETE. The actor is a plain id, not a foreign key, so the
 * trail outlives what it names.
 */
@ObjectType({ description: 'One change to the data: who, which operation, which record, when.' })
@Entity()
@Index('ix_audit_event_occurred', ['occurredAt', 'id'])
@Index('ix_audit_event_entity', ['entityId', 'occurredAt'])
@Index('ix_audit_event_actor', ['actorId', 'occurredAt'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for changes made by the system (the seeder, the CLI). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'The GraphQL operation that made the change: createNeed, decideMatch...' })
  @Column({ type: 'varchar', length: 60 })
  operation: string;

  @Field({ description: 'Need, Solution, Match, Review, Comment, User, Ministry, Organization...' })
  @Column({ type: 'varchar', length: 40 })
  entityType: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  entityId: string;

  /** The changed fields, as JSON values; never passwords, hashes or tokens. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: { field: string; before: unknown; after: unknown }[];

  @Field(() => String, { nullable: true, description: 'The X-Request-Id of the change.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
