import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { matchReadScope, needReadScope, solutionReadScope } from '../auth/policy';
import { toCsv } from './csv';

const MAX_ROWS = 100_000;

/** The same scopes as the GraphQL lists, flattened for a spreadsheet. */
@Injectable()
export class ExportsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private async rows(sql: string, scope: { sql: string; params: Record<string, unknown> }) {
    const [text, params] = this.db.driver.escapeQueryWithParameters(
      sql.replace('$SCOPE', scope.sql).concat(` LIMIT ${MAX_ROWS}`),
      scope.params,
    );
    return (await this.db.query(text, params)) as Record<string, unknown>[];
  }

  async needs(user: AuthUser): Promise<string> {
    const header = [
      'id',
      'title',
      'country',
      'domains',
      'principles',
      'tags',
      'ministry',
      'partner_institution',
      'priority',
      'status',
      'visibility',
      'created_at',
      'updated_at',
    ];
    const rows = await this.rows(
      `SELECT need.id, need.title, country.name AS country, need.domain_codes AS domains, need.principle_codes AS principles,
         need.tags, ministry.acronym AS ministry, need.partner_institution, need.priority, need.status, need.visibility,
         need.created_at, need.updated_at
       FROM need JOIN country ON country.code = need.country_code LEFT JOIN ministry ON ministry.id = need.ministry_id
       WHERE $SCOPE ORDER BY need.created_at DESC, need.id DESC`,
      needReadScope(user, 'need'),
    );
    return toCsv(
      header,
      rows.map((r) => header.map((h) => r[h])),
    );
  }

  async solutions(user: AuthUser): Promise<string> {
    const header = [
      'id',
      'title',
      'summary',
      'provider',
      'domains',
      'principles',
      'tags',
      'maturity',
      'open_source',
      'countries_deployed',
      'status',
      'created_at',
      'updated_at',
    ];
    const rows = await this.rows(
      `SELECT solution.id, solution.title, solution.summary, organization.name AS provider, solution.domain_codes AS domains,
         solution.principle_codes AS principles, solution.tags, solution.maturity, solution.open_source,
         solution.country_codes_deployed AS countries_deployed, solution.status, solution.created_at, solution.updated_at
       FROM solution JOIN organization ON organization.id = solution.provider_id
       WHERE $SCOPE ORDER BY solution.created_at DESC, solution.id DESC`,
      solutionReadScope(user, 'solution'),
    );
    return toCsv(
      header,
      rows.map((r) => header.map((h) => r[h])),
    );
  }

  async matches(user: AuthUser): Promise<string> {
    const header = [
      'id',
      'need',
      'solution',
      'status',
      'score',
      'rationale',
      'proposed_by',
      'decided_by',
      'decision_note',
      'created_at',
      'updated_at',
    ];
    const rows = await this.rows(
      `SELECT match.id, need.title AS need, solution.title AS solution, match.status, match.score, match.rationale,
         proposer.display_name AS proposed_by, decider.display_name AS decided_by, match.decision_note,
         match.created_at, match.updated_at
       FROM match JOIN need ON need.id = match.need_id JOIN solution ON solution.id = match.solution_id
       JOIN "user" proposer ON proposer.id = match.proposed_by_id LEFT JOIN "user" decider ON decider.id = match.decided_by_id
       WHERE $SCOPE ORDER BY match.created_at DESC, match.id DESC`,
      matchReadScope(user),
    );
    return toCsv(
      header,
      rows.map((r) => header.map((h) => r[h])),
    );
  }
}
