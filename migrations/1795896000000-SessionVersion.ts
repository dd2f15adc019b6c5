import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A per-user session version (issue 6). Access tokens carry the version they
 * were signed under; changing the password bumps it, so every access token
 * issued before the change stops working at once instead of living out its
 * lifetime (refresh tokens are revoked in the same transaction).
 */
export class SessionVersion1795896000000 implements MigrationInterface {
  name = 'SessionVersion1795896000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" ADD "session_version" integer NOT NULL DEFAULT 0`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "session_version"`);
  }
}
