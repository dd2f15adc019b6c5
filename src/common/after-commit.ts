import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
} from 'typeorm';

type Job = () => unknown;
/** A job and the request that queued it, named in the log should the job fail. */
interface Queued {
  job: Job;
  requestId?: string;
}
const JOBS = 'afterCommitJobs';

/**
 * Work to do once the transaction of `tx` has committed, and only then:
 * publishing live events, so that no subscriber ever hears of a change that
 * was rolled back. The jobs ride on the transaction's query runner, which a
 * rollback throws away with them. Outside a transaction the job runs at once.
 */
export function afterCommit(tx: EntityManager, job: Job, requestId?: string): void {
  const runner = tx.queryRunner;
  if (!runner?.isTransactionActive) {
    void runJobs([{ job, requestId }]);
    return;
  }
  ((runner.data[JOBS] as Queued[] | undefined) ??= []).push({ job, requestId });
}

const logger = new Logger('AfterCommit');

async function runJobs(jobs: Queued[]): Promise<void> {
  for (const { job, requestId } of jobs) {
    try {
      await job();
    } catch (err) {
      // The data has committed: a failed notification must not turn it into an error.
      logger.error({ requestId, error: err instanceof Error ? err.stack : String(err) });
    }
  }
}

/** Runs the jobs of a transaction after its outermost COMMIT (registered on the DataSource). */
@Injectable()
export class AfterCommitSubscriber implements EntitySubscriberInterface {
  constructor(@InjectDataSource() db: DataSource) {
    db.subscribers.push(this);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner: QueryRunner = event.queryRunner;
    // A released savepoint is not a commit: wait for the outermost transaction.
    if (runner.isTransactionActive) return;
    const jobs = runner.data[JOBS] as Queued[] | undefined;
    if (!jobs?.length) return;
    runner.data[JOBS] = [];
    // Not awaited: the change has committed, and a slow or absent Redis must not hold up
    // the answer to the mutation (publishing still starts now, in commit order).
    void runJobs(jobs);
  }
}
