import { NeedStatus, SolutionStatus, SubjectType, Visibility } from '../common/enums';
import { SubjectKind } from '../discussions/subjects';

interface Row {
  id: string;
  n_title: string;
  n_status: NeedStatus;
  n_visibility: Visibility;
  n_ministry_id: string | null;
  n_created_by_id: string;
  s_title: string;
  s_status: SolutionStatus;
  s_provider_id: string;
}

/**
 * A match as the subject of its thread: read by whoever may read the match
 * (its need, its solution, and for providers their own organisation's).
 */
export const matchSubject: SubjectKind = {
  type: SubjectType.MATCH,
  async describe(manager, ids) {
    const rows: Row[] = await manager.query(
      `SELECT m.id, n.title AS n_title, n.status AS n_status, n.visibility AS n_visibility,
              n.ministry_id AS n_ministry_id, n.created_by_id AS n_created_by_id,
              s.title AS s_title, s.status AS s_status, s.provider_id AS s_provider_id
         FROM match m JOIN need n ON n.id = m.need_id JOIN solution s ON s.id = m.solution_id
        WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          facts: {
            subject: 'MATCH',
            need: {
              status: r.n_status,
              visibility: r.n_visibility,
              ministryId: r.n_ministry_id,
              createdById: r.n_created_by_id,
            },
            solution: { status: r.s_status, providerId: r.s_provider_id },
          },
          label: `${r.s_title} → ${r.n_title}`,
        },
      ]),
    );
  },
  // The need's and the solution's authors, the proposer, the decider and the reviewers.
  peopleSql: `
    SELECT n.created_by_id AS id FROM match m JOIN need n ON n.id = m.need_id WHERE m.id = :subjectId
    UNION SELECT so.created_by_id FROM match m JOIN solution so ON so.id = m.solution_id WHERE m.id = :subjectId
    UNION SELECT unnest(ARRAY[m.proposed_by_id, m.decided_by_id]) FROM match m WHERE m.id = :subjectId
    UNION SELECT r.reviewer_id FROM review r WHERE r.match_id = :subjectId`,
};
