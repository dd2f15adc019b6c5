import { SubjectType } from '../common/enums';
import { SubjectKind } from '../discussions/subjects';

/**
 * A match as the subject of its thread: read by whoever may read the match
 * (its need, its solution, and for providers their own organisation's).
 */
export const matchSubject: SubjectKind = {
  type: SubjectType.MATCH,
  factsSql: `
    SELECT json_build_object(
             'subject', 'MATCH',
             'need', json_build_object('status', n.status, 'visibility', n.visibility,
                                       'ministryId', n.ministry_id, 'createdById', n.created_by_id),
             'solution', json_build_object('status', s.status, 'providerId', s.provider_id)) AS facts,
           s.title || ' → ' || n.title AS label
      FROM match m JOIN need n ON n.id = m.need_id JOIN solution s ON s.id = m.solution_id
     WHERE m.id = :subjectId`,
  // The need's and the solution's authors, the proposer, the decider and the reviewers.
  peopleSql: `
    SELECT n.created_by_id AS id FROM match m JOIN need n ON n.id = m.need_id WHERE m.id = :subjectId
    UNION SELECT so.created_by_id FROM match m JOIN solution so ON so.id = m.solution_id WHERE m.id = :subjectId
    UNION SELECT unnest(ARRAY[m.proposed_by_id, m.decided_by_id]) FROM match m WHERE m.id = :subjectId
    UNION SELECT r.reviewer_id FROM review r WHERE r.match_id = :subjectId`,
};
