/** A JSON value as stored in the audit trail. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** One changed field as the trail stores it. */
export interface AuditChange {
  field: string;
  before: Json;
  after: Json;
}

/** Never in the trail, whatever the record holds: passwords, their hashes, tokens, secrets. */
const SECRET = /password|hash|token|secret/i;
/** Bookkeeping that changes with every write and says nothing by itself. */
const IGNORED = new Set(['createdAt', 'updatedAt']);

export const isSecretField = (field: string) => SECRET.test(field);

/** A value as JSON data: dates as ISO strings, secrets dropped at any depth. */
export function toJson(value: unknown): Json {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k, v]) => !isSecretField(k) && v !== undefined)
        .map(([k, v]) => [k, toJson(v)]),
    );
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  return String(value);
}

/**
 * The fields that differ between two states of a record (`before` null for
 * a creation), each with its value before and after. Fields absent from both
 * or equal in both are left out, and so are secrets and timestamps of writes.
 */
export function diffRecords(
  before: object | null | undefined,
  after: object | null | undefined,
): AuditChange[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const changes: AuditChange[] = [];
  for (const field of fields) {
    if (IGNORED.has(field) || isSecretField(field)) continue;
    const was = toJson(b[field]);
    const now = toJson(a[field]);
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    changes.push({ field, before: was, after: now });
  }
  return changes;
}
