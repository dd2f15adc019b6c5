import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People administration (issue 15): accounts that can be deactivated
 * (`user.deactivated_at`), one-time password reset links stored as hashes
 * (`password_reset`), ministries with a website and organisations with an
 * acronym, both of which can be retired (`retired_at`). `ix_user_name`
 * serves the people list, ordered by name (keyset on lower(name), id).
 */
export class PeopleAdministration1796526869602 implements MigrationInterface {
  name = 'PeopleAdministration1796526869602';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_by_id" uuid, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_password_reset_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_password_reset_user" ON "password_reset"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_password_reset_token_hash" ON "password_reset"  ("token_hash") `,
    );
    await queryRunner.query(`ALTER TABLE "ministry" ADD "website" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "ministry" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "acronym" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "user" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "ix_user_name" ON "user" (lower("display_name"), "id")`);
    await queryRunner.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_ad88301fdc79593dd222268a8b6" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_224d036bbf847451b6f8d5a4eef" FOREIGN KEY ("issued_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "password_reset" DROP CONSTRAINT "FK_224d036bbf847451b6f8d5a4eef"`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset" DROP CONSTRAINT "FK_ad88301fdc79593dd222268a8b6"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_user_name"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "deactivated_at"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "acronym"`);
    await queryRunner.query(`ALTER TABLE "ministry" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "ministry" DROP COLUMN "website"`);
    await queryRunner.query(`DROP INDEX "public"."uq_password_reset_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_password_reset_user"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
  }
}
