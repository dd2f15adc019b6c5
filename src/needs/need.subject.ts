import { SubjectType } from '../common/enums';
import { SubjectKind } from '../discussions/subjects';

/** A need as the subject of its thread: read by whoever may read the need. */
export const needSubject: SubjectKind = {
  type: SubjectType.NEED,
  factsSql: `
    SELECT json_build_object('subject', 'NEED', 'need', json_build_object(
             'status', n.status, 'visibility', n.visibility,
             'ministryId', n.ministry_id, 'createdById', n.created_by_id)) AS facts,
           n.title AS label
      FROM need n WHERE n.id = :subjectId`,
  peopleSql: 'SELECT created_by_id AS id FROM need WHERE id = :subjectId',
};
