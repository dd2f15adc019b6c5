/**
 * The role matrix: every operation of the schema, for an anonymous caller
 * and each of the four roles, on a record of their own and on someone
 * else's, with the outcome DESIGN.md's policy ("Who may do what") gives.
 *
 * The expectations are written from DESIGN.md, not read from
 * src/auth/policy.ts. Where the code answers otherwise, the cell keeps
 * DESIGN.md's outcome and adds what the code does (`code`) and why this was
 * left for a decision (`note`): the test then checks the code's outcome, so
 * that the behaviour stays pinned, and prints the divergence.
 *
 * Outcomes: OK (success), an error code, or a filtered result: LISTED (the
 * list answers it) and OMITTED (the list leaves it out, or the mutation
 * ignores it).
 */
export const ACTORS = [
  'ANON',
  'ADMIN',
  'COORDINATOR',
  'MINISTRY_STAFF',
  'SOLUTION_PROVIDER',
] as const;
export type Actor = (typeof ACTORS)[number];
export type Role = Exclude<Actor, 'ANON'>;
export const ROLES: Role[] = ['ADMIN', 'COORDINATOR', 'MINISTRY_STAFF', 'SOLUTION_PROVIDER'];

export type Outcome =
  | 'OK'
  | 'LISTED'
  | 'OMITTED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT';

/** A cell where the code departs from DESIGN.md: what the code does, and why it is reported. */
export interface Divergence {
  expect: Outcome;
  code: Outcome;
  note: string;
}
export type CellSpec = Outcome | Divergence;

/** One actor's column: the same outcome on every record, or one per record (absent: does not apply). */
export type Column = CellSpec | Partial<Record<string, CellSpec>>;

export interface OperationSpec {
  kind: 'Query' | 'Mutation' | 'Subscription';
  /** The records the operation is tried on; ['-'] where ownership does not apply. */
  records: string[];
  /** The anonymous caller: one cell (ownership does not apply to them). */
  ANON: Outcome;
  ADMIN: Column;
  COORDINATOR: Column;
  MINISTRY_STAFF: Column;
  SOLUTION_PROVIDER: Column;
  /** Where DESIGN.md says nothing and the expectation comes from the schema's description. */
  source?: string;
}

export interface Cell {
  operation: string;
  kind: OperationSpec['kind'];
  actor: Actor;
  record: string;
  expect: Outcome;
  /** What the code is expected to answer where it departs from DESIGN.md. */
  code?: Outcome;
  note?: string;
}

const ONE = ['-'];
const signedInOnly = (outcome: Outcome): Pick<OperationSpec, Role | 'ANON'> => ({
  ANON: 'UNAUTHENTICATED',
  ADMIN: outcome,
  COORDINATOR: outcome,
  MINISTRY_STAFF: outcome,
  SOLUTION_PROVIDER: outcome,
});
const adminOnly: Pick<OperationSpec, Role | 'ANON'> = {
  ANON: 'UNAUTHENTICATED',
  ADMIN: 'OK',
  COORDINATOR: 'FORBIDDEN',
  MINISTRY_STAFF: 'FORBIDDEN',
  SOLUTION_PROVIDER: 'FORBIDDEN',
};

// ---- the records -----------------------------------------------------------
// "own": the actor's (logged by them or their ministry, of their organisation,
// proposed or written by them); "other": another ministry's or organisation's
// (ministry B, organisation B), written by someone else.

/** Needs: a draft of one's own, and another ministry's draft, INTERNAL and PUBLIC open needs. */
export const NEED_RECORDS = ['own draft', 'other draft', 'other internal', 'other public'];
/** Solutions: one's own draft, another organisation's draft and published one. */
export const SOLUTION_RECORDS = ['own draft', 'other draft', 'other published'];
/**
 * Matches (all on a published solution and an open need): proposed by the
 * actor (a provider: of their organisation's solution, for a PUBLIC need);
 * another organisation's solution for a PUBLIC need, proposed by someone else;
 * the actor's organisation's solution for another ministry's INTERNAL need,
 * proposed by a coordinator; another organisation's solution since archived.
 */
export const MATCH_RECORDS = [
  'own',
  'other',
  'own-org solution, internal need',
  'other, solution since archived',
];

// DESIGN.md: read a need — ADMIN, COORDINATOR all; MINISTRY_STAFF all but other
// ministries' DRAFTs; SOLUTION_PROVIDER PUBLIC and not DRAFT only. Providers log
// no needs, so they have no draft of their own.
const READ_NEED: Record<Role, Column> = {
  ADMIN: 'OK',
  COORDINATOR: 'OK',
  MINISTRY_STAFF: {
    'own draft': 'OK',
    'other draft': 'NOT_FOUND',
    'other internal': 'OK',
    'other public': 'OK',
  },
  SOLUTION_PROVIDER: {
    'other draft': 'NOT_FOUND',
    'other internal': 'NOT_FOUND',
    'other public': 'OK',
  },
};

// DESIGN.md: read a solution — ADMIN, COORDINATOR all; MINISTRY_STAFF PUBLISHED;
// SOLUTION_PROVIDER PUBLISHED and their own organisation's.
const READ_SOLUTION: Record<Role, Column> = {
  ADMIN: 'OK',
  COORDINATOR: 'OK',
  MINISTRY_STAFF: { 'other draft': 'NOT_FOUND', 'other published': 'OK' },
  SOLUTION_PROVIDER: { 'own draft': 'OK', 'other draft': 'NOT_FOUND', 'other published': 'OK' },
};

// DESIGN.md: read a match — ADMIN, COORDINATOR, MINISTRY_STAFF all;
// SOLUTION_PROVIDER those of their own organisation's solutions.
const READ_MATCH: Record<Role, Column> = {
  ADMIN: 'OK',
  COORDINATOR: 'OK',
  MINISTRY_STAFF: {
    own: 'OK',
    other: 'OK',
    'own-org solution, internal need': 'OK',
    'other, solution since archived': {
      expect: 'OK',
      code: 'NOT_FOUND',
      note:
        'DESIGN.md lets ministry staff read all matches; policy.matchReadScope also requires the ' +
        'solution to be readable, so a match whose solution is no longer PUBLISHED disappears for them.',
    },
  },
  SOLUTION_PROVIDER: {
    own: 'OK',
    other: 'NOT_FOUND',
    'own-org solution, internal need': {
      expect: 'OK',
      code: 'NOT_FOUND',
      note:
        "DESIGN.md lets a provider read the matches of their organisation's solutions; " +
        'policy.canReadMatch also requires the need to be readable (PUBLIC, not DRAFT), so a match ' +
        "of their solution for an INTERNAL need is hidden from them (private by design, but DESIGN.md's table says otherwise).",
    },
    'other, solution since archived': 'NOT_FOUND',
  },
};

type Reads = Record<Role, Column>;
const cellOf = (column: Column, record: string): CellSpec | undefined =>
  typeof column === 'string' || 'expect' in column
    ? (column as CellSpec)
    : (column as Partial<Record<string, CellSpec>>)[record];

/** A list's answer: what may be read is LISTED, what may not is OMITTED. */
function listed(reads: Reads): Reads {
  const map = (c: CellSpec): CellSpec => {
    const to = (o: Outcome): Outcome => (o === 'OK' ? 'LISTED' : o === 'NOT_FOUND' ? 'OMITTED' : o);
    return typeof c === 'string' ? to(c) : { ...c, expect: to(c.expect), code: to(c.code) };
  };
  const out = {} as Reads;
  for (const role of ROLES) {
    const column = reads[role];
    out[role] =
      typeof column === 'string' || 'expect' in column
        ? map(column as CellSpec)
        : Object.fromEntries(
            Object.entries(column as Record<string, CellSpec>).map(([k, v]) => [k, map(v)]),
          );
  }
  return out;
}

/** People: the caller themselves, another active person, a deactivated person. */
export const PERSON_RECORDS = ['self', 'another person', 'deactivated person'];

/**
 * DESIGN.md: "read or post in a thread: whoever may read what the thread is
 * about". The thread records are the records of needs, solutions and
 * matches, and each cell is the read cell of its subject.
 */
export const THREAD_RECORDS = [
  ...NEED_RECORDS.map((r) => `need: ${r}`),
  ...SOLUTION_RECORDS.map((r) => `solution: ${r}`),
  ...MATCH_RECORDS.map((r) => `match: ${r}`),
];
function aboutThreads(): Reads {
  const out = {} as Reads;
  for (const role of ROLES) {
    const column: Partial<Record<string, CellSpec>> = {};
    for (const [prefix, reads, records] of [
      ['need', READ_NEED, NEED_RECORDS],
      ['solution', READ_SOLUTION, SOLUTION_RECORDS],
      ['match', READ_MATCH, MATCH_RECORDS],
    ] as const) {
      for (const record of records) {
        const cell = cellOf(reads[role], record);
        if (cell) column[`${prefix}: ${record}`] = cell;
      }
    }
    out[role] = column;
  }
  return out;
}

export const MATRIX: Record<string, OperationSpec> = {
  // ---- queries -------------------------------------------------------------
  countries: { kind: 'Query', records: ONE, ...signedInOnly('OK') },
  domains: { kind: 'Query', records: ONE, ...signedInOnly('OK') },
  principles: { kind: 'Query', records: ONE, ...signedInOnly('OK') },
  ministries: { kind: 'Query', records: ONE, ...signedInOnly('OK') },
  organizations: { kind: 'Query', records: ONE, ...signedInOnly('OK') },
  me: { kind: 'Query', records: ONE, ...signedInOnly('OK') },
  need: { kind: 'Query', records: NEED_RECORDS, ANON: 'UNAUTHENTICATED', ...READ_NEED },
  needs: { kind: 'Query', records: NEED_RECORDS, ANON: 'UNAUTHENTICATED', ...listed(READ_NEED) },
  solution: {
    kind: 'Query',
    records: SOLUTION_RECORDS,
    ANON: 'UNAUTHENTICATED',
    ...READ_SOLUTION,
  },
  solutions: {
    kind: 'Query',
    records: SOLUTION_RECORDS,
    ANON: 'UNAUTHENTICATED',
    ...listed(READ_SOLUTION),
  },
  match: { kind: 'Query', records: MATCH_RECORDS, ANON: 'UNAUTHENTICATED', ...READ_MATCH },
  matches: {
    kind: 'Query',
    records: MATCH_RECORDS,
    ANON: 'UNAUTHENTICATED',
    ...listed(READ_MATCH),
  },
  thread: { kind: 'Query', records: THREAD_RECORDS, ANON: 'UNAUTHENTICATED', ...aboutThreads() },
  // DESIGN.md: portfolioCoverage — yes, yes, yes, no.
  portfolioCoverage: {
    kind: 'Query',
    records: ONE,
    ANON: 'UNAUTHENTICATED',
    ADMIN: 'OK',
    COORDINATOR: 'OK',
    MINISTRY_STAFF: 'OK',
    SOLUTION_PROVIDER: 'FORBIDDEN',
  },
  auditEvents: {
    kind: 'Query',
    records: ONE,
    ANON: 'UNAUTHENTICATED',
    ADMIN: 'OK',
    COORDINATOR: 'OK',
    MINISTRY_STAFF: 'FORBIDDEN',
    SOLUTION_PROVIDER: 'FORBIDDEN',
    source: 'DESIGN.md has no row for the audit trail; the schema says "ADMIN and COORDINATOR".',
  },
  notifications: {
    kind: 'Query',
    records: ['own', 'other'],
    ...signedInOnly('LISTED'),
    ADMIN: { own: 'LISTED', other: 'OMITTED' },
    COORDINATOR: { own: 'LISTED', other: 'OMITTED' },
    MINISTRY_STAFF: { own: 'LISTED', other: 'OMITTED' },
    SOLUTION_PROVIDER: { own: 'LISTED', other: 'OMITTED' },
    source: 'Not in DESIGN.md\'s table; the schema says "Your notifications".',
  },
  unreadNotificationCount: { kind: 'Query', records: ONE, ...signedInOnly('OK') },
  // DESIGN.md: read users (list, one) — yes, yes, no (names on records only), no.
  users: {
    kind: 'Query',
    records: PERSON_RECORDS,
    ANON: 'UNAUTHENTICATED',
    ADMIN: 'LISTED',
    COORDINATOR: 'LISTED',
    MINISTRY_STAFF: 'FORBIDDEN',
    SOLUTION_PROVIDER: 'FORBIDDEN',
  },
  user: {
    kind: 'Query',
    records: PERSON_RECORDS,
    ANON: 'UNAUTHENTICATED',
    ADMIN: 'OK',
    COORDINATOR: 'OK',
    MINISTRY_STAFF: 'FORBIDDEN',
    SOLUTION_PROVIDER: 'FORBIDDEN',
  },

  // ---- mutations -----------------------------------------------------------
  login: {
    kind: 'Mutation',
    records: ONE,
    ANON: 'OK',
    ADMIN: 'OK',
    COORDINATOR: 'OK',
    MINISTRY_STAFF: 'OK',
    SOLUTION_PROVIDER: 'OK',
  },
  refreshSession: {
    kind: 'Mutation',
    records: ONE,
    ANON: 'OK',
    ADMIN: 'OK',
    COORDINATOR: 'OK',
    MINISTRY_STAFF: 'OK',
    SOLUTION_PROVIDER: 'OK',
  },
  // Ending another user's session: the mutation answers false and leaves it be.
  logout: {
    kind: 'Mutation',
    records: ['own', 'other'],
    ANON: 'UNAUTHENTICATED',
    ADMIN: { own: 'OK', other: 'OMITTED' },
    COORDINATOR: { own: 'OK', other: 'OMITTED' },
    MINISTRY_STAFF: { own: 'OK', other: 'OMITTED' },
    SOLUTION_PROVIDER: { own: 'OK', other: 'OMITTED' },
  },
  updateMyProfile: { kind: 'Mutation', records: ONE, ...signedInOnly('OK') },
  // One's own password (each cell on a user of its own: the change ends their sessions).
  changePassword: {
    kind: 'Mutation',
    records: ONE,
    ...signedInOnly('OK'),
    source: 'Issue 6 ("Tokens"); DESIGN.md has no row: every signed-in user changes their own.',
  },
  // DESIGN.md: reference data, ministries, organisations — ADMIN read, create; others read.
  createMinistry: { kind: 'Mutation', records: ONE, ...adminOnly },
  createOrganization: { kind: 'Mutation', records: ONE, ...adminOnly },
  // DESIGN.md: createUser — ADMIN only.
  createUser: { kind: 'Mutation', records: ONE, ...adminOnly },
  // DESIGN.md: updateUser, deactivate/reactivate, reset link — ADMIN only (each cell on a person
  // of its own: these end the person's sessions).
  updateUser: { kind: 'Mutation', records: ONE, ...adminOnly },
  deactivateUser: { kind: 'Mutation', records: ONE, ...adminOnly },
  reactivateUser: { kind: 'Mutation', records: ONE, ...adminOnly },
  issuePasswordResetLink: { kind: 'Mutation', records: ONE, ...adminOnly },
  // Public, as login is: a person who forgot their password is signed out by definition.
  requestPasswordReset: {
    kind: 'Mutation',
    records: ONE,
    ...signedInOnly('OK'),
    ANON: 'OK',
    source:
      'Issue 15 ("a user who forgot their password asks for one"); DESIGN.md\'s "Anonymous callers get UNAUTHENTICATED for everything but login and refreshSession" names neither reset operation.',
  },
  resetPassword: {
    kind: 'Mutation',
    records: ONE,
    ...signedInOnly('OK'),
    ANON: 'OK',
    source: 'Issue 15: public, with the token of a reset link (as requestPasswordReset).',
  },
  // DESIGN.md: edit ministries, organisations — ADMIN only (retiring is editing).
  updateMinistry: { kind: 'Mutation', records: ONE, ...adminOnly },
  retireMinistry: { kind: 'Mutation', records: ONE, ...adminOnly },
  reinstateMinistry: { kind: 'Mutation', records: ONE, ...adminOnly },
  updateOrganization: { kind: 'Mutation', records: ONE, ...adminOnly },
  retireOrganization: { kind: 'Mutation', records: ONE, ...adminOnly },
  reinstateOrganization: { kind: 'Mutation', records: ONE, ...adminOnly },
  // DESIGN.md: createNeed — yes, yes, yes, no ("yes / own ministry's": create / update).
  createNeed: {
    kind: 'Mutation',
    records: ['ministry omitted', 'another ministry'],
    ANON: 'UNAUTHENTICATED',
    ADMIN: 'OK',
    COORDINATOR: 'OK',
    MINISTRY_STAFF: {
      'ministry omitted': 'OK',
      'another ministry': {
        expect: 'OK',
        code: 'FORBIDDEN',
        note:
          'DESIGN.md gives ministry staff createNeed "yes" and limits only updateNeed to their own ' +
          "ministry's needs; policy.canCreateNeedFor also limits creation to their own ministry.",
      },
    },
    SOLUTION_PROVIDER: 'FORBIDDEN',
  },
  // DESIGN.md: updateNeed — yes, yes, own ministry's, no; unreadable records NOT_FOUND.
  updateNeed: {
    kind: 'Mutation',
    records: ['own', 'same ministry (colleague)', 'other public', 'other draft'],
    ANON: 'UNAUTHENTICATED',
    ADMIN: { own: 'OK', 'other public': 'OK', 'other draft': 'OK' },
    COORDINATOR: { own: 'OK', 'other public': 'OK', 'other draft': 'OK' },
    MINISTRY_STAFF: {
      own: 'OK',
      'same ministry (colleague)': 'OK',
      'other public': 'FORBIDDEN',
      'other draft': 'NOT_FOUND',
    },
    SOLUTION_PROVIDER: { 'other public': 'FORBIDDEN', 'other draft': 'NOT_FOUND' },
  },
  // DESIGN.md: createSolution — yes, yes (names the provider), no, own organisation's only.
  createSolution: {
    kind: 'Mutation',
    records: ['own organisation', 'other organisation'],
    ANON: 'UNAUTHENTICATED',
    ADMIN: { 'other organisation': 'OK' },
    COORDINATOR: { 'other organisation': 'OK' },
    MINISTRY_STAFF: 'FORBIDDEN',
    SOLUTION_PROVIDER: { 'own organisation': 'OK', 'other organisation': 'FORBIDDEN' },
  },
  updateSolution: {
    kind: 'Mutation',
    records: ['own', 'other published', 'other draft'],
    ANON: 'UNAUTHENTICATED',
    ADMIN: 'OK',
    COORDINATOR: 'OK',
    MINISTRY_STAFF: { 'other published': 'FORBIDDEN', 'other draft': 'NOT_FOUND' },
    SOLUTION_PROVIDER: { own: 'OK', 'other published': 'FORBIDDEN', 'other draft': 'NOT_FOUND' },
  },
  // DESIGN.md: proposeMatch — yes, yes, yes, own organisation's solution to a need it may read.
  proposeMatch: {
    kind: 'Mutation',
    records: [
      'other-org solution, public need',
      'own-org solution, public need',
      'own-org solution, internal need',
    ],
    ANON: 'UNAUTHENTICATED',
    ADMIN: { 'other-org solution, public need': 'OK' },
    COORDINATOR: { 'other-org solution, public need': 'OK' },
    MINISTRY_STAFF: { 'other-org solution, public need': 'OK' },
    SOLUTION_PROVIDER: {
      'other-org solution, public need': 'FORBIDDEN',
      'own-org solution, public need': 'OK',
      'own-org solution, internal need': 'NOT_FOUND',
    },
  },
  // DESIGN.md: startReview — yes, yes, no, no.
  startReview: {
    kind: 'Mutation',
    records: ['own', 'other'],
    ANON: 'UNAUTHENTICATED',
    ADMIN: 'OK',
    COORDINATOR: 'OK',
    MINISTRY_STAFF: 'FORBIDDEN',
    SOLUTION_PROVIDER: 'FORBIDDEN',
  },
  // DESIGN.md: reviewMatch — yes, yes, yes, no; never a match one proposed (conflict of interest).
  reviewMatch: {
    kind: 'Mutation',
    records: ['own', 'other'],
    ANON: 'UNAUTHENTICATED',
    ADMIN: { own: 'FORBIDDEN', other: 'OK' },
    COORDINATOR: { own: 'FORBIDDEN', other: 'OK' },
    MINISTRY_STAFF: { own: 'FORBIDDEN', other: 'OK' },
    SOLUTION_PROVIDER: 'FORBIDDEN',
  },
  // DESIGN.md: decideMatch — yes, yes, no, no; "someone other than the proposer".
  decideMatch: {
    kind: 'Mutation',
    records: ['own', 'other'],
    ANON: 'UNAUTHENTICATED',
    ADMIN: { own: 'FORBIDDEN', other: 'OK' },
    COORDINATOR: { own: 'FORBIDDEN', other: 'OK' },
    MINISTRY_STAFF: 'FORBIDDEN',
    SOLUTION_PROVIDER: 'FORBIDDEN',
  },
  // DESIGN.md: "only the proposer withdraws"; a match one may not read is NOT_FOUND.
  withdrawMatch: {
    kind: 'Mutation',
    records: ['own', 'other'],
    ANON: 'UNAUTHENTICATED',
    ADMIN: { own: 'OK', other: 'FORBIDDEN' },
    COORDINATOR: { own: 'OK', other: 'FORBIDDEN' },
    MINISTRY_STAFF: { own: 'OK', other: 'FORBIDDEN' },
    SOLUTION_PROVIDER: { own: 'OK', other: 'NOT_FOUND' },
  },
  postComment: {
    kind: 'Mutation',
    records: THREAD_RECORDS,
    ANON: 'UNAUTHENTICATED',
    ...aboutThreads(),
  },
  editComment: {
    kind: 'Mutation',
    records: ['own', 'other', 'other, unreadable thread'],
    ANON: 'UNAUTHENTICATED',
    ADMIN: { own: 'OK', other: 'FORBIDDEN', 'other, unreadable thread': 'FORBIDDEN' },
    COORDINATOR: { own: 'OK', other: 'FORBIDDEN', 'other, unreadable thread': 'FORBIDDEN' },
    MINISTRY_STAFF: { own: 'OK', other: 'FORBIDDEN', 'other, unreadable thread': 'NOT_FOUND' },
    SOLUTION_PROVIDER: { own: 'OK', other: 'FORBIDDEN', 'other, unreadable thread': 'NOT_FOUND' },
    source:
      'DESIGN.md has no row for editing comments; the schema says "The author changes their comment". ' +
      '"other, unreadable thread": a comment in the thread of another ministry\'s draft.',
  },
  deleteComment: {
    kind: 'Mutation',
    records: ['own', 'other', 'other, unreadable thread'],
    ANON: 'UNAUTHENTICATED',
    ADMIN: { own: 'OK', other: 'OK', 'other, unreadable thread': 'OK' },
    COORDINATOR: { own: 'OK', other: 'FORBIDDEN', 'other, unreadable thread': 'FORBIDDEN' },
    MINISTRY_STAFF: { own: 'OK', other: 'FORBIDDEN', 'other, unreadable thread': 'NOT_FOUND' },
    SOLUTION_PROVIDER: { own: 'OK', other: 'FORBIDDEN', 'other, unreadable thread': 'NOT_FOUND' },
    source:
      'DESIGN.md has no row for deleting comments; the schema says "The author or an administrator".',
  },
  markNotificationsRead: {
    kind: 'Mutation',
    records: ['own', 'other'],
    ANON: 'UNAUTHENTICATED',
    ADMIN: { own: 'LISTED', other: 'OMITTED' },
    COORDINATOR: { own: 'LISTED', other: 'OMITTED' },
    MINISTRY_STAFF: { own: 'LISTED', other: 'OMITTED' },
    SOLUTION_PROVIDER: { own: 'LISTED', other: 'OMITTED' },
    source: 'Not in DESIGN.md\'s table; the schema says "ids that are not yours are ignored".',
  },

  // ---- subscriptions ---------------------------------------------------------
  // The answer to subscribing: OK (the server listens) or the error it ends with.
  commentAdded: {
    kind: 'Subscription',
    records: THREAD_RECORDS,
    ANON: 'UNAUTHENTICATED',
    ...aboutThreads(),
  },
  matchUpdated: {
    kind: 'Subscription',
    records: ['all matches', ...NEED_RECORDS.map((r) => `need: ${r}`)],
    ANON: 'UNAUTHENTICATED',
    ...(Object.fromEntries(
      ROLES.map((role) => [
        role,
        {
          'all matches': 'OK',
          ...Object.fromEntries(
            NEED_RECORDS.flatMap((r) => {
              const cell = cellOf(READ_NEED[role], r);
              return cell ? [[`need: ${r}`, cell]] : [];
            }),
          ),
        },
      ]),
    ) as unknown as Reads),
  },
  notificationAdded: { kind: 'Subscription', records: ONE, ...signedInOnly('OK') },
};

/** The table, one cell per operation, actor and record. */
export function cells(matrix: Record<string, OperationSpec> = MATRIX): Cell[] {
  const out: Cell[] = [];
  for (const [operation, spec] of Object.entries(matrix)) {
    out.push({
      operation,
      kind: spec.kind,
      actor: 'ANON',
      record: spec.records[spec.records.length - 1],
      expect: spec.ANON,
    });
    for (const role of ROLES) {
      for (const record of spec.records) {
        const cell = cellOf(spec[role], record);
        if (!cell) continue;
        out.push(
          typeof cell === 'string'
            ? { operation, kind: spec.kind, actor: role, record, expect: cell }
            : { operation, kind: spec.kind, actor: role, record, ...cell },
        );
      }
    }
  }
  return out;
}
