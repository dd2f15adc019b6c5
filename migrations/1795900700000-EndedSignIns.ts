import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Logout ends a sign-in at once (issue 15): access tokens carry their sign-in
 * (`fid`, the refresh token family), and every signed-in request asks whether
 * that family has a revoked token. The family index alone would read every
 * token of a long session (one per renewal); this one holds only revoked
 * tokens, so the answer is one probe.
 */
export class EndedSignIns1795900700000 implements MigrationInterface {
  name = 'EndedSignIns1795900700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_refresh_token_revoked_family" ON "refresh_token" ("family_id") WHERE "revoked_at" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_refresh_token_revoked_family"`);
  }
}
