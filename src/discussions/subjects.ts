import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ThreadFacts } from '../auth/policy';
import { SubjectType } from '../common/enums';

/** What a thread needs to know of its subject: the policy's read facts and a short name. */
export interface SubjectInfo {
  facts: ThreadFacts;
  /** A title; "solution → need" for a match. */
  label: string;
}

/**
 * How a kind of record takes part in discussions, registered by the feature
 * that owns it (`NeedsModule` registers NEED...), so that discussions import
 * no feature and a new kind of subject needs no change here.
 */
export interface SubjectKind {
  type: SubjectType;
  /** The read facts and label of each record, in one query on `manager`; absent ids are left out. */
  describe(manager: EntityManager, ids: readonly string[]): Promise<Map<string, SubjectInfo>>;
  /**
   * SQL selecting the ids of the people the record names (its author, a
   * match's proposer and reviewers...), `$1` the record's id: the first
   * people a bare `@` offers in its thread.
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

  /** The facts and labels of many subjects of mixed kinds: one query per kind. */
  async describe(
    manager: EntityManager,
    refs: readonly { type: SubjectType; id: string }[],
  ): Promise<Map<string, SubjectInfo>> {
    const ids = new Map<SubjectType, string[]>();
    for (const ref of refs) ids.set(ref.type, [...(ids.get(ref.type) ?? []), ref.id]);
    const found = new Map<string, SubjectInfo>();
    for (const [type, list] of ids) {
      for (const [id, info] of await this.kind(type).describe(manager, list)) {
        found.set(subjectKey(type, id), info);
      }
    }
    return found;
  }
}

/** A subject as one string: `NEED:<id>`. */
export type SubjectKey = `${SubjectType}:${string}`;
export const subjectKey = (type: SubjectType, id: string): SubjectKey => `${type}:${id}`;
