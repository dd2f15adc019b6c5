import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SubjectType } from '../../common/enums';

/**
 * The discussion of one record (a need, a solution, a match...), opened with
 * it. It names its subject by kind and id, so that discussions know no
 * feature; a trigger on each subject table deletes the thread with its record
 * (migration ThreadSubjects), and a unique index keeps one thread a record.
 */
@ObjectType({ description: 'The discussion of a need, a solution or a match.' })
@Entity()
@Index('uq_thread_subject', ['subjectType', 'subjectId'], { unique: true })
export class Thread {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => SubjectType)
  @Column({ type: 'enum', enum: SubjectType, enumName: 'subject_type' })
  subjectType: SubjectType;

  @Field(() => ID, { description: 'The id of the need, solution or match.' })
  @Column({ type: 'uuid' })
  subjectId: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
