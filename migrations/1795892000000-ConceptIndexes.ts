import { MigrationInterface, QueryRunner } from 'typeorm';

/** GIN indexes over concept_ids, so that the ranking finds candidates by concept as it does by stem and domain. */
export class ConceptIndexes1795892000000 implements MigrationInterface {
  name = 'ConceptIndexes1795892000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_solution_concept_ids ON solution USING gin (concept_ids gin__int_ops) WHERE status = 'PUBLISHED'`,
    );
    await q.query(
      `CREATE INDEX ix_need_concept_ids ON need USING gin (concept_ids gin__int_ops) WHERE status = 'OPEN'`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_need_concept_ids`);
    await q.query(`DROP INDEX ix_solution_concept_ids`);
  }
}
