import { Injectable } from '@nestjs/common';
import { SubjectType } from '../common/enums';

/**
 * How a kind of record takes part in discussions, registered by the feature
 * that owns it (`NeedsModule` registers NEED...), so that discussions import
 * no feature and a new kind of subject needs no change here. Both SQL texts
 * name the record's id `:subjectId`.
 */
export interface SubjectKind {
  type: SubjectType;
  /**
   * SQL selecting one row for the record: `facts`, the JSON of the policy's
   * `ThreadFacts` for it (what `canReadThread` reads), and `label`, a short
   * name (a title; "solution → need" for a match).
   */
  factsSql: string;
  /**
   * SQL selecting the ids (`id`) of the people the record names (its
   * author, a match's proposer and reviewers...): the first people a bare
   * `@` offers in its thread.
   */
  peopleSql: string;
}

/** The kinds of subjects, registered at start-up by their features. */
@Injectable()
export class Subjects {
  private readonly kinds = new Map<SubjectType, SubjectKind>();

  register(kind: SubjectKind): void {
    this.kinds.set(kind.type, kind);
  }

  kind(type: SubjectType): SubjectKind {
    const kind = this.kinds.get(type);
    if (!kind) throw new Error(`No subject kind is registered for ${type}.`);
    return kind;
  }

  /**
   * A lateral subquery giving `facts` and `label` for the subject of the
   * thread row `alias`, whatever its kind: one statement for threads of
   * every kind.
   */
  factsOf(alias: string): string {
    const subjectId = `${alias}.subject_id`;
    return [...this.kinds.values()]
      .map(
        (kind) =>
          `SELECT facts::jsonb, label FROM (${kind.factsSql.replace(/:subjectId/g, () => subjectId)}) k
            WHERE ${alias}.subject_type = '${kind.type}'`,
      )
      .join('\nUNION ALL\n');
  }
}

/** A subject as one string: `NEED:<id>`. */
export type SubjectKey = `${SubjectType}:${string}`;
export const subjectKey = (type: SubjectType, id: string): SubjectKey => `${type}:${id}`;
