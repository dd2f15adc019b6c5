import { EntityManager } from 'typeorm';
import { SubjectType } from '../common/enums';
import { SubjectRef } from '../common/subjects';
import { Thread } from './entities/thread.entity';

/**
 * Opens the thread of a new record, in the transaction that creates it, so
 * that no record is ever without its thread (`ThreadsService` does it for
 * every domain event that says a record was created).
 */
export async function createThread(tx: EntityManager, subject: SubjectRef): Promise<string> {
  const { identifiers } = await tx
    .getRepository(Thread)
    .insert({ subjectType: subject.type, subjectId: subject.id });
  return identifiers[0].id as string;
}

/**
 * Opens the threads that records written in bulk (the demo data) lack, in
 * the caller's transaction: the same rule as `createThread`, set-wise, for
 * each table given with the subject type of its records.
 */
export async function createMissingThreads(
  tx: EntityManager,
  tables: readonly { table: string; type: SubjectType }[],
): Promise<void> {
  for (const { table, type } of tables) {
    await tx.query(
      `INSERT INTO thread (subject_type, subject_id) SELECT $1, r.id FROM "${table}" r
        WHERE NOT EXISTS (SELECT 1 FROM thread t WHERE t.subject_type = $1 AND t.subject_id = r.id)`,
      [type],
    );
  }
}
