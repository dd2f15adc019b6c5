import { Logger } from '@nestjs/common';
import { EntityManager, TransactionCommitEvent } from 'typeorm';
import { afterCommit, AfterCommitSubscriber } from './after-commit';

describe('afterCommit', () => {
  afterEach(() => jest.restoreAllMocks());

  it('runs queued jobs after the outermost commit, and logs a failed one with its request id', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const runner = { isTransactionActive: true, data: {} as Record<string, unknown> };
    const tx = { queryRunner: runner } as unknown as EntityManager;
    const ran: string[] = [];
    afterCommit(
      tx,
      () => {
        ran.push('first');
        throw new Error('Redis is away');
      },
      'request-7',
    );
    afterCommit(tx, () => ran.push('second'), 'request-7');
    const subscriber = new AfterCommitSubscriber({ subscribers: [] } as never);
    const commit = { queryRunner: runner } as unknown as TransactionCommitEvent;

    subscriber.afterTransactionCommit(commit); // a savepoint released: still in the transaction
    await new Promise(setImmediate);
    expect(ran).toEqual([]);

    runner.isTransactionActive = false;
    subscriber.afterTransactionCommit(commit);
    await new Promise(setImmediate);
    expect(ran).toEqual(['first', 'second']);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledWith({
      requestId: 'request-7',
      error: expect.stringContaining('Redis is away'),
    });
  });
});
