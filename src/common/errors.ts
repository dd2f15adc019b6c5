/**
 * Domain errors: services throw these; `GraphqlErrorFilter` maps them to
 * GraphQL errors with `extensions.code`. One class per code keeps the
 * mapping in one place; the message is written for the person who sees it.
 */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    /** Extra, safe details for the client (the field at fault, the current state...). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInput extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(message: string, field?: string, details: Record<string, unknown> = {}) {
    super(message, field ? { field, ...details } : details);
  }
}

export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'You need to sign in.') {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN' as const;
}

export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(what: string, id?: string) {
    super(id ? `${what} ${id} was not found.` : `${what} was not found.`);
  }
}

export class Conflict extends DomainError {
  readonly code = 'CONFLICT' as const;
}

/** An edit was made against a version that is no longer the current one. */
export class StaleVersion extends Conflict {
  constructor(what: string, given: number, current: number) {
    super(
      `This ${what} changed since you opened it (you edited version ${given}, it is now at version ${current}).`,
      { givenVersion: given, currentVersion: current },
    );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else would reach PostgreSQL as a type error. */
export function assertUuid(id: unknown, field = 'id'): string {
  if (typeof id !== 'string' || !UUID.test(id)) {
    throw new BadInput(`${field} must be a UUID.`, field);
  }
  return id.toLowerCase();
}
