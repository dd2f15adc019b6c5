import { SolutionStatus, SubjectType } from '../common/enums';
import { SubjectKind } from '../discussions/subjects';

interface Row {
  id: string;
  title: string;
  status: SolutionStatus;
  provider_id: string;
}

/** A solution as the subject of its thread: read by whoever may read the solution. */
export const solutionSubject: SubjectKind = {
  type: SubjectType.SOLUTION,
  async describe(manager, ids) {
    const rows: Row[] = await manager.query(
      `SELECT id, title, status, provider_id FROM solution WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          facts: { subject: 'SOLUTION', solution: { status: r.status, providerId: r.provider_id } },
          label: r.title,
        },
      ]),
    );
  },
  peopleSql: 'SELECT created_by_id AS id FROM solution WHERE id = :subjectId',
};
