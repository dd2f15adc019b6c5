import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { can, matchReadScope, needReadScope } from '../auth/policy';
import { Forbidden } from '../common/errors';
import { CoverageCell } from './coverage-cell.type';

/** The working group's overview: what is asked for where, and what is answered. */
@Injectable()
export class PortfolioService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One cell per (country, domain) with any need the caller may read, from one
   * SQL query. Accepted matches count under the caller's match scope, as the
   * `matches` list reads them: a match of an archived solution, hidden from
   * ministry staff, is not counted in their portfolio.
   */
  async coverage(user: AuthUser): Promise<CoverageCell[]> {
    if (!can(user, 'portfolio:read'))
      throw new Forbidden('The portfolio is for ministries and the working group.');
    const needs = needReadScope(user, 'need');
    const matches = matchReadScope(user);
    const [sql, params] = this.db.driver.escapeQueryWithParameters(
      `SELECT need.country_code AS "countryCode", d.code AS "domainCode",
         count(*) FILTER (WHERE need.status = 'OPEN')::int AS "openNeeds",
         count(*) FILTER (WHERE need.status = 'MATCHED')::int AS "matchedNeeds",
         coalesce(sum(accepted.n), 0)::int AS "acceptedMatches"
       FROM need
       CROSS JOIN LATERAL unnest(need.domain_codes) AS d(code)
       LEFT JOIN (
         SELECT match.need_id, count(*) AS n
         FROM match
         JOIN need ON need.id = match.need_id
         JOIN solution ON solution.id = match.solution_id
         WHERE match.status = 'ACCEPTED' AND ${matches.sql}
         GROUP BY match.need_id
       ) accepted ON accepted.need_id = need.id
       WHERE ${needs.sql}
       GROUP BY need.country_code, d.code
       ORDER BY need.country_code, d.code`,
      { ...needs.params, ...matches.params },
    );
    return this.db.query(sql, params);
  }
}
