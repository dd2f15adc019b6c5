import { EntityManager } from 'typeorm';
import { Thread } from './entities/thread.entity';

export type ThreadSubject = { needId: string } | { solutionId: string } | { matchId: string };

/**
 * Opens the thread of a new need, solution or match. Called by their
 * services inside the transaction that creates the record, so that no
 * record is ever without its thread.
 */
export async function createThread(tx: EntityManager, subject: ThreadSubject): Promise<string> {
  const { identifiers } = await tx.getRepository(Thread).insert({ ...subject });
  return identifiers[0].id as string;
}

/**
 * Opens the threads that records written in bulk (the demo data) lack, in
 * the caller's transaction: the same rule as `createThread`, set-wise.
 */
export async function createMissingThreads(tx: EntityManager): Promise<void> {
  for (const [table, column] of [
    ['need', 'need_id'],
    ['solution', 'solution_id'],
    ['match', 'match_id'],
  ]) {
    await tx.query(
      `INSERT INTO thread (${column}) SELECT r.id FROM ${table} r
        WHERE NOT EXISTS (SELECT 1 FROM thread t WHERE t.${column} = r.id)`,
    );
  }
}
