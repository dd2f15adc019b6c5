import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { can, needReadScope } from '../auth/policy';
import { Forbidden } from '../common/errors';
import { CoverageCell } from './coverage-cell.type';

/** The working group's overview: what is asked for where, and what is answered. */
@Injectable()
export class PortfolioService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One cell per (country, domain) with any need the caller may read, from one SQL query. */
  async coverage(user: AuthUser): Promise<CoverageCell[]> {
    if (!can(user, 'portfolio:read'))
      throw new Forbidden('The portfolio is for ministries and the working group.');
    const scope = needReadScope(user, 'need');
    const [sql, params] = this.db.driver.escapeQueryWithParameters(
      `SELECT need.country_code AS "countryCode", d.code AS "domainCode",
         count(*) FILTER (WHERE need.status = 'OPEN')::int AS "openNeeds",
         count(*) FILTER (WHERE need.status = 'MATCHED')::int AS "matchedNeeds",
         coalesce(sum(accepted.n), 0)::int AS "acceptedMatches"
       FROM need
       CROSS JOIN LATERAL unnest(need.domain_codes) AS d(code)
       LEFT JOIN (SELECT need_id, count(*) AS n FROM match WHERE status = 'ACCEPTED' GROUP BY need_id) accepted
         ON accepted.need_id = need.id
       WHERE ${scope.sql}
       GROUP BY need.country_code, d.code
       ORDER BY need.country_code, d.code`,
      scope.params,
    );
    return this.db.query(sql, params);
  }
}
