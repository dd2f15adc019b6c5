import { NeedStatus, SubjectType, Visibility } from '../common/enums';
import { SubjectKind } from '../discussions/subjects';

interface Row {
  id: string;
  title: string;
  status: NeedStatus;
  visibility: Visibility;
  ministry_id: string | null;
  created_by_id: string;
}

/** A need as the subject of its thread: read by whoever may read the need. */
export const needSubject: SubjectKind = {
  type: SubjectType.NEED,
  async describe(manager, ids) {
    const rows: Row[] = await manager.query(
      `SELECT id, title, status, visibility, ministry_id, created_by_id FROM need WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          facts: {
            subject: 'NEED',
            need: {
              status: r.status,
              visibility: r.visibility,
              ministryId: r.ministry_id,
              createdById: r.created_by_id,
            },
          },
          label: r.title,
        },
      ]),
    );
  },
  peopleSql: 'SELECT created_by_id AS id FROM need WHERE id = :subjectId',
};
