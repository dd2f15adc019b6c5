import { SubjectType } from '../common/enums';
import { SubjectKind } from '../discussions/subjects';

/** A solution as the subject of its thread: read by whoever may read the solution. */
export const solutionSubject: SubjectKind = {
  type: SubjectType.SOLUTION,
  factsSql: `
    SELECT json_build_object('subject', 'SOLUTION', 'solution', json_build_object(
             'status', s.status, 'providerId', s.provider_id)) AS facts,
           s.title AS label
      FROM solution s WHERE s.id = :subjectId`,
  peopleSql: 'SELECT created_by_id AS id FROM solution WHERE id = :subjectId',
};
