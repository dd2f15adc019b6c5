import { EntityTarget, ObjectLiteral } from 'typeorm';
import { Role } from '../../src/common/enums';
import { User } from '../../src/users/entities/user.entity';
import { GqlResponse, startTestApp, TestApp } from './app';
import { dataOf, expectError, forgedCursor, MISSING_ID, rowCount } from './assertions';
import { Factory } from './factories';

/**
 * The e2e core that needs and solutions share: both are versioned records that
 * belong to a unit (a ministry, an organisation), are read under a per-role
 * scope, listed with filters, search and keyset pages, created by the unit's
 * members or the working group, and edited with a version that answers CONFLICT
 * when stale. `describeVersionedRecord(kind)` writes those tests once; a kind is
 * a table of what differs (names, inputs, invalid inputs and the field each
 * names, who reads what, filters, search texts). What only one kind has stays
 * in its spec, passed in through `own`.
 */

export type Fields = Record<string, any>;
export interface Caller {
  user: User;
  token: string;
}

/**
 * How a caller stands to a record: a member of the unit that owns it, a user of
 * the same role in another unit (a peer), a user of the other role (an outsider:
 * providers for needs, staff for solutions), or the working group.
 */
export type Standing = 'unit' | 'peer' | 'outsider' | 'coordinator' | 'admin';
export const STANDINGS: Standing[] = ['unit', 'peer', 'outsider', 'coordinator', 'admin'];

export type Conn = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Record<string, any> }[];
};

/** A kind of record that not everyone may read, and who may. */
export interface Restricted {
  /** With its article: `an INTERNAL`. */
  label: string;
  /** Factory overrides that make it. */
  made: Fields;
  /** What a reader sees of it. */
  shows: Fields;
  readers: Standing[];
}

/** Search cases: the records' names found, in rank groups (any order within a group). */
export interface SearchCase {
  /** Spellings that must find the same records in the same order. */
  q: string[];
  found: string[][];
  /** Who searches; the working group (admin) when not said. */
  as?: Standing;
}

export interface RecordKind {
  /** GraphQL names: the query for one (also the table), the list, the type (`Create<Type>Input`...). */
  one: string;
  many: string;
  type: string;
  entity: EntityTarget<ObjectLiteral>;
  /** The selection of `<one>(id)` and of the mutations. */
  fields: string;
  /** The selection of a list node: with `createdAt` and the unit's `{ id }`. */
  nodeFields: string;
  /** Words for the test names; `public` is the kind everyone reads, with its article (`a PUBLISHED`). */
  words: { unit: string; units: string; members: string; outsiders: string; public: string };
  /** The role whose members own records through their unit, and the other role. */
  memberRole: Role;
  outsiderRole: Role;
  unit: {
    /** The unit on a user. */
    ofUser: 'ministryId' | 'organizationId';
    /** The unit in a create input, a filter and a row. */
    field: string;
    /** The unit as a GraphQL field of the record. */
    object: string;
    make(f: Factory): Promise<Fields>;
    /** What the record shows of its unit. */
    echo(unit: Fields): Fields;
    /** Whether the working group must name the unit when creating. */
    requiredForWorkingGroup: boolean;
  };
  /** The factory: a record of `by`'s unit, written to the database with its thread. */
  make(f: Factory, by: User, made?: Fields): Promise<Fields>;
  /** A valid create input, with overrides. */
  valid(overrides?: Fields): Fields;
  /** What a record created from `valid()` shows. */
  validEcho: Fields;
  /** What some callers may not read (the public kind is the factory's default). */
  restricted: Restricted[];
  filters: {
    /** Records of a fresh unit, by name, and filters with the names they find. */
    records: Record<string, Fields>;
    cases: [Fields, string[]][];
    /** A record of another unit that a filter by unit must leave out. */
    elsewhere: Fields;
    /** Filter fields other than the unit, each of which may be null. */
    nullable: string[];
    /** Invalid filters of this kind and the field each names (the shared ones are added). */
    invalid: [Fields, string][];
    /** Values outside an enum, refused by GraphQL before the resolver. */
    outsideEnum: Fields[];
  };
  search: { records: Record<string, Fields>; cases: SearchCase[] };
  read: {
    /** A record with every relation, who reads it and what they see. */
    resolves: { made: Fields; as: Standing; shows: Fields };
  };
  create: {
    /** What `valid()` gets when fields are left out: as answered and as stored. */
    defaults: Fields;
    stored: Fields;
    /** An input with every field, what it reads back as, and checks of its own. */
    everyField: { input: Fields; shows: Fields; also(created: Fields, row: Fields): void };
    /** Invalid inputs of this kind: what, overrides, the field named (the shared ones are added). */
    invalid: [string, Fields, string][];
    /** Inputs GraphQL itself refuses (the shared ones are added). */
    refusedByGraphql: Fields[];
  };
  update: {
    /** A member's two edits of a colleague's record. */
    edit: {
      made: Fields;
      input: Fields;
      shows: Fields;
      /** Untouched fields of the made record. */
      keeps(made: Fields): Fields;
      then: { input: Fields; shows: Fields; stored: Fields; outsiderReads: boolean };
    };
    /** The working group's edits of a peer's record: admin, coordinator, admin... */
    byWorkingGroup: { made: Fields; steps: [Fields, Fields][] };
    /** A stale edit's other fields, and what the row keeps. */
    stale: { input: Fields; keeps: Fields };
    /** Invalid edits of this kind and the field each names (the shared ones are added). */
    invalid: [Fields, string][];
  };
}

/** The application, the users around units A and B, and helpers, for one kind. */
export class RecordWorld {
  t: TestApp;
  f: Factory;
  admin: Caller;
  coordinator: Caller;
  /** Members of unit A. */
  member: Caller;
  colleague: Caller;
  /** A member of unit B. */
  peer: Caller;
  /** A user of the other role. */
  outsider: Caller;
  unitA: Fields;
  unitB: Fields;
  readonly docs: { one: string; list: string; create: string; update: string };

  constructor(readonly kind: RecordKind) {
    const { one, many, type, fields, nodeFields } = kind;
    this.docs = {
      one: `query($id: ID!) { ${one}(id: $id) { ${fields} } }`,
      list: `query($filter: ${type}Filter, $first: Int, $after: String) {
        ${many}(filter: $filter, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${nodeFields} } }
        }
      }`,
      create: `mutation($input: Create${type}Input!) { create${type}(input: $input) { ${fields} } }`,
      update: `mutation($id: ID!, $input: Update${type}Input!) {
        update${type}(id: $id, input: $input) { ${fields} }
      }`,
    };
  }

  async start() {
    const { kind } = this;
    this.t = await startTestApp();
    this.f = new Factory(this.t);
    this.unitA = await kind.unit.make(this.f);
    this.unitB = await kind.unit.make(this.f);
    const of = (unit: Fields) => ({ [kind.unit.ofUser]: unit.id });
    [this.admin, this.coordinator, this.member, this.colleague, this.peer, this.outsider] =
      await Promise.all([
        this.f.signedIn(Role.ADMIN),
        this.f.signedIn(Role.COORDINATOR),
        this.f.signedIn(kind.memberRole, of(this.unitA)),
        this.f.signedIn(kind.memberRole, of(this.unitA)),
        this.f.signedIn(kind.memberRole, of(this.unitB)),
        this.f.signedIn(kind.outsiderRole),
      ]);
  }

  /** The caller of a standing towards records of `unitMember`'s unit (unit A by default). */
  caller(standing: Standing, unitMember: Caller = this.member, peer: Caller = this.peer): Caller {
    return {
      unit: unitMember,
      peer,
      outsider: this.outsider,
      coordinator: this.coordinator,
      admin: this.admin,
    }[standing];
  }

  /** A unit of its own with a signed-in member, so that a test's records are its alone. */
  async freshUnit() {
    const unit = await this.kind.unit.make(this.f);
    const member = await this.f.signedIn(this.kind.memberRole, {
      [this.kind.unit.ofUser]: unit.id,
    });
    return { unit, member };
  }

  make = (by: User, made: Fields = {}) => this.kind.make(this.f, by, made);
  row = (id: string) => this.t.db.getRepository(this.kind.entity).findOneByOrFail({ id });
  rows = () => rowCount(this.t, this.kind.one);

  read = (id: string, caller?: Caller) => this.t.gql(this.docs.one, { id }, caller?.token);
  list = (caller: Caller | undefined, variables: Fields) =>
    this.t.gql(this.docs.list, variables, caller?.token);
  create = (caller: Caller | undefined, input: Fields) =>
    this.t.gql(this.docs.create, { input }, caller?.token);
  update = (caller: Caller | undefined, id: string, input: Fields) =>
    this.t.gql(this.docs.update, { id, input }, caller?.token);

  /** One page of a list, checked free of errors. */
  async page(caller: Caller, variables: Fields): Promise<Conn> {
    return dataOf(await this.list(caller, variables))[this.kind.many];
  }

  /** Every page of a filtered list, following endCursor. */
  async allPages(caller: Caller, filter: Fields, first: number) {
    const pages: Conn[] = [];
    let after: string | null = null;
    do {
      const page: Conn = await this.page(caller, { filter, first, after });
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 50);
    return pages;
  }
}

const idsOf = (pages: Conn[]) => pages.flatMap((p) => p.edges.map((e) => e.node.id as string));

/** Runs checks, naming the case in the failure. */
async function explained(what: unknown, check: () => unknown) {
  try {
    await check();
  } catch (e) {
    throw new Error(`${typeof what === 'string' ? what : JSON.stringify(what)}\n${String(e)}`);
  }
}

type Own = Partial<Record<'list' | 'read' | 'create' | 'update', (w: RecordWorld) => void>>;

/**
 * The tests common to versioned records, in four groups (list, read one,
 * create, update); `own` adds a kind's own tests to each group.
 */
export function describeVersionedRecord(kind: RecordKind, own: Own = {}) {
  describe(kind.many, () => {
    // Signing users in (argon2) takes a few seconds: jest ignores a project's testTimeout.
    jest.setTimeout(60_000);
    const w = new RecordWorld(kind);
    beforeAll(() => w.start());
    afterAll(() => w.t.close());

    describe(`${kind.many} (list)`, () => {
      listTests(w);
      own.list?.(w);
    });
    describe(`${kind.one}(id)`, () => {
      readTests(w);
      own.read?.(w);
    });
    describe(`create${kind.type}`, () => {
      createTests(w);
      own.create?.(w);
    });
    describe(`update${kind.type}`, () => {
      updateTests(w);
      own.update?.(w);
    });
  });
}

function listTests(w: RecordWorld) {
  const { kind } = w;
  const { one } = kind;
  const byUnit = (id: unknown) => ({ [kind.unit.field]: id });

  it('takes first from 0 to 100 and refuses anything else', async () => {
    const { unit, member } = await w.freshUnit();
    for (let i = 0; i < 3; i++) await w.make(member.user);
    const filter = byUnit(unit.id);
    for (const reader of [w.admin, w.outsider]) {
      expect(await w.page(reader, { filter, first: 0 })).toEqual({
        totalCount: 3,
        pageInfo: { hasNextPage: true, endCursor: null },
        edges: [],
      });
      const hundred = await w.page(reader, { filter, first: 100 });
      expect(hundred.edges).toHaveLength(3);
      expect(hundred.pageInfo.hasNextPage).toBe(false);
      expect((await w.page(reader, { filter })).edges).toHaveLength(3);
      for (const first of [101, -1, 1000]) {
        const res = await w.list(reader, { filter, first });
        expectError(res, 'BAD_USER_INPUT', 'first');
        expect(res.data ?? null).toBeNull();
      }
    }
  });

  it('refuses a malformed or forged after cursor with BAD_USER_INPUT', async () => {
    const { unit, member } = await w.freshUnit();
    await w.make(member.user, { title: 'Cadastre numérique' });
    await w.make(member.user, { title: 'Cadastre rural' });
    const filter = byUnit(unit.id);
    const searched = await w.page(w.admin, { filter: { ...filter, search: 'cadastre' }, first: 1 });
    expect(searched.pageInfo.endCursor).toEqual(expect.any(String));

    for (const after of [
      'not a cursor',
      'garbage',
      '%%%',
      forgedCursor([1, 2]),
      forgedCursor(['x']),
      forgedCursor(['only one']),
      forgedCursor({ a: 1 }),
      forgedCursor(['yesterday', 'not-a-uuid']),
      forgedCursor(['not a time', MISSING_ID]),
      forgedCursor(['2024-01-01T00:00:00Z', 'not-a-uuid']),
      forgedCursor(['2025-01-01 00:00:00+00', 'not-a-uuid']),
      forgedCursor(['9999-99-99', MISSING_ID]),
      searched.pageInfo.endCursor, // a cursor of another ordering (search) on the newest-first list
    ]) {
      for (const reader of [w.admin, w.outsider]) {
        for (const first of [1, undefined]) {
          await explained({ after, first }, async () =>
            expectError(await w.list(reader, { filter, first, after }), 'BAD_USER_INPUT', 'after'),
          );
        }
      }
    }
  });

  it(`pages through every ${one} a caller may read once, with the right totalCount and hasNextPage`, async () => {
    const { unit, member } = await w.freshUnit();
    // Seven of the factory's public kind, then one of each restricted kind, oldest first.
    const made: { id: string; readers: Standing[] }[] = [];
    for (let i = 0; i < 7; i++) {
      made.push({ id: (await w.make(member.user)).id, readers: STANDINGS });
    }
    for (const r of kind.restricted) {
      made.push({ id: (await w.make(member.user, r.made)).id, readers: r.readers });
    }
    const filter = byUnit(unit.id);

    for (const standing of STANDINGS) {
      const caller = w.caller(standing, member);
      const expected = made.filter((m) => m.readers.includes(standing)).map((m) => m.id);
      const n = expected.length;
      for (const size of [2, 3, 4, n]) {
        await explained(`${standing}, pages of ${size}`, async () => {
          const pages = await w.allPages(caller, filter, size);
          const lengths = Array.from({ length: Math.ceil(n / size) }, (_, i) =>
            Math.min(size, n - i * size),
          );
          expect(pages.map((p) => p.edges.length)).toEqual(lengths);
          expect(pages.map((p) => p.totalCount)).toEqual(lengths.map(() => n));
          expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual(
            lengths.map((_, i) => i < lengths.length - 1),
          );
          const seen = idsOf(pages);
          expect(new Set(seen).size).toBe(seen.length);
          expect([...seen].sort()).toEqual([...expected].sort());
          // Newest first, and each page's endCursor is its last edge's cursor.
          const times = pages.flatMap((p) => p.edges.map((e) => Date.parse(e.node.createdAt)));
          expect(times).toEqual([...times].sort((a, b) => b - a));
          expect(seen[0]).toBe(expected[n - 1]);
          for (const p of pages) {
            expect(p.pageInfo.endCursor).toBe(p.edges[p.edges.length - 1].cursor);
          }
        });
      }
      expect((await w.page(caller, { filter, first: 100 })).totalCount).toBe(n);
    }
  });

  it(`filters by unit and by each field of ${kind.type}Filter`, async () => {
    const { unit, member } = await w.freshUnit();
    const ids: Record<string, string> = {};
    for (const [name, made] of Object.entries(kind.filters.records)) {
      ids[name] = (await w.make(member.user, made)).id;
    }
    const elsewhere = await w.make(w.peer.user, kind.filters.elsewhere);
    const filter = byUnit(unit.id);

    for (const reader of [w.admin, w.outsider]) {
      for (const [extra, names] of kind.filters.cases) {
        await explained(extra, async () => {
          const variables = { filter: { ...filter, ...extra } };
          const found = await w.page(reader, { ...variables, first: 100 });
          expect(idsOf([found]).sort()).toEqual(names.map((name) => ids[name]).sort());
          // totalCount follows the filter.
          expect((await w.page(reader, { ...variables, first: 0 })).totalCount).toBe(names.length);
          const counted = await w.page(reader, { ...variables, first: 1 });
          expect(counted.totalCount).toBe(names.length);
          expect(counted.pageInfo.hasNextPage).toBe(names.length > 1);
        });
      }
    }

    // The unit alone: the other unit's record is in its own unit's list, not in this one's.
    for (const reader of [w.admin, w.outsider]) {
      for (const first of [undefined, 100]) {
        const byB = await w.page(reader, { filter: byUnit(w.unitB.id), first });
        expect(idsOf([byB])).toContain(elsewhere.id);
        expect(byB.edges.every((e) => e.node[kind.unit.object].id === w.unitB.id)).toBe(true);
      }
      expect(await w.page(reader, { filter: byUnit(MISSING_ID) })).toMatchObject({
        totalCount: 0,
        edges: [],
      });
    }
  });

  it('treats a null filter and null filter fields as no filter', async () => {
    const { unit, member } = await w.freshUnit();
    const record = await w.make(member.user);
    const withNull = await w.page(w.admin, { filter: null, first: 100 });
    expect(idsOf([withNull])).toContain(record.id);
    const nulls = Object.fromEntries(['search', ...kind.filters.nullable].map((k) => [k, null]));
    const nullFields = await w.page(w.admin, { filter: { ...byUnit(unit.id), ...nulls } });
    expect(idsOf([nullFields])).toEqual([record.id]);
  });

  it('refuses unknown codes, malformed ids and values outside an enum in a filter', async () => {
    const field = `filter.${kind.unit.field}`;
    const cases: [Fields, string][] = [
      [{ domainCodes: ['NOT_A_DOMAIN'] }, 'filter.domainCodes'],
      [{ domainCodes: ['FINTECH', 'x'.repeat(41)] }, 'filter.domainCodes'],
      [byUnit('not-a-uuid'), field],
      [byUnit('unit-a'), field],
      ...kind.filters.invalid,
    ];
    for (const [filter, name] of cases) {
      await explained(filter, async () => {
        const res = await w.list(w.member, { filter });
        expectError(res, 'BAD_USER_INPUT', name);
        expect(res.data ?? null).toBeNull();
      });
    }
    // A value outside an enum never reaches the resolver.
    for (const filter of kind.filters.outsideEnum) {
      expectError(await w.list(w.member, { filter }), 'BAD_USER_INPUT');
    }
  });

  it('searches French and English text with accents folded, best match first, within the read scope', async () => {
    const { unit, member } = await w.freshUnit();
    const ids: Record<string, string> = {};
    for (const [name, made] of Object.entries(kind.search.records)) {
      ids[name] = (await w.make(member.user, made)).id;
    }
    const filter = byUnit(unit.id);
    const found = async (search: string, caller: Caller) =>
      idsOf([await w.page(caller, { filter: { ...filter, search }, first: 100 })]);

    for (const { q, found: ranks, as = 'admin' } of kind.search.cases) {
      const caller = w.caller(as, member);
      await explained({ q, as }, async () => {
        const first = await found(q[0], caller);
        expect(first).toHaveLength(ranks.flat().length);
        let at = 0;
        for (const group of ranks) {
          expect(first.slice(at, at + group.length).sort()).toEqual(
            group.map((n) => ids[n]).sort(),
          );
          at += group.length;
        }
        // Other spellings (case, accents) find the same, in the same order.
        for (const spelling of q.slice(1)) expect(await found(spelling, caller)).toEqual(first);
        // The count follows the search, and search results page with their own cursors, each once.
        const counted = await w.page(caller, { filter: { ...filter, search: q[0] }, first: 1 });
        expect(counted.totalCount).toBe(first.length);
        expect(counted.pageInfo.hasNextPage).toBe(first.length > 1);
        expect(idsOf(await w.allPages(caller, { ...filter, search: q[0] }, 1))).toEqual(first);
      });
    }
    // Operators and punctuation are plain text, never a syntax error.
    for (const search of [
      '"télémédecine rurale"',
      'telemedecine -rurale',
      "l'hôpital",
      'a & b | !(c',
      '\\',
      ':*',
    ]) {
      const res = await w.list(w.admin, { filter: { ...filter, search }, first: 5 });
      expect(res.errors).toBeUndefined();
    }
  });

  it('refuses anonymous callers', async () => {
    expectError(await w.list(undefined, {}), 'UNAUTHENTICATED');
  });
}

function readTests(w: RecordWorld) {
  const { kind } = w;
  const { one } = kind;

  it(`shows ${kind.words.public} ${one} to every signed-in caller, and no one else`, async () => {
    const record = await w.make(w.member.user);
    for (const standing of STANDINGS) {
      expect(dataOf(await w.read(record.id, w.caller(standing)))[one]).toMatchObject({
        id: record.id,
        title: record.title,
        [kind.unit.object]: { id: w.unitA.id },
      });
    }
    expectError(await w.read(record.id), 'UNAUTHENTICATED');
  });

  const names: Record<Standing, string> = {
    unit: `its ${kind.words.unit}`,
    peer: `${kind.words.members} of other ${kind.words.units}`,
    outsider: kind.words.outsiders,
    coordinator: 'COORDINATOR',
    admin: 'ADMIN',
  };
  for (const r of kind.restricted) {
    const readers = r.readers.map((s) => names[s]);
    const to = `${readers.slice(0, -1).join(', ')} and ${readers[readers.length - 1]}`;
    it(`shows ${r.label} ${one} to ${to} only; NOT_FOUND to others, as for a missing id, and in lists`, async () => {
      const ofA = await w.make(w.colleague.user, r.made);
      const ofB = await w.make(w.peer.user, r.made);
      // Each standing reads unit A's record (made by a colleague) and unit B's (made by its
      // member, for whom a member of A is the peer).
      const units: [Fields, Fields, Caller, Caller][] = [
        [ofA, w.unitA, w.member, w.peer],
        [ofB, w.unitB, w.peer, w.member],
      ];
      for (const [record, unit, unitMember, peer] of units) {
        for (const standing of STANDINGS) {
          const caller = w.caller(standing, unitMember, peer);
          await explained(`${standing} reading ${r.label} ${one}`, async () => {
            const res = await w.read(record.id, caller);
            const readable = r.readers.includes(standing);
            if (readable) {
              expect(dataOf(res)[one]).toMatchObject({
                ...r.shows,
                id: record.id,
                [kind.unit.object]: { id: unit.id },
              });
            } else {
              expectError(res, 'NOT_FOUND');
              expect(res.data).toEqual({ [one]: null });
              // The same answer as for a missing id, but for the id it names: nothing tells them apart.
              const missing = await w.read(MISSING_ID, caller);
              expect(JSON.stringify(res).replace(record.id, '<id>')).toBe(
                JSON.stringify(missing).replace(MISSING_ID, '<id>'),
              );
            }
            // A list never shows what <one>(id) hides, and shows what it shows.
            const listed = await w.page(caller, {
              filter: { [kind.unit.field]: unit.id },
              first: 100,
            });
            expect(idsOf([listed]).includes(record.id)).toBe(readable);
          });
        }
      }
    });
  }

  it('resolves every relation of the record', async () => {
    const { made, as, shows } = kind.read.resolves;
    const record = await w.make(w.member.user, made);
    const got = dataOf(await w.read(record.id, w.caller(as)))[one];
    expect(got).toMatchObject(shows);
    expect(got).toMatchObject({
      [kind.unit.object]: kind.unit.echo(w.unitA),
      createdBy: { id: w.member.user.id },
      version: 1,
    });
  });

  it('refuses a malformed id with BAD_USER_INPUT', async () => {
    for (const id of ['1', '42', 'not-a-uuid', `${one}-1`, `${MISSING_ID}0`, `${MISSING_ID}x`]) {
      expectError(await w.read(id, w.admin), 'BAD_USER_INPUT', 'id');
    }
    // Upper case is still the same UUID.
    const record = await w.make(w.member.user);
    expect(dataOf(await w.read(record.id.toUpperCase(), w.admin))[one].id).toBe(record.id);
  });
}

function createTests(w: RecordWorld) {
  const { kind } = w;
  const { many, words } = kind;
  const created = `create${kind.type}`;
  const field = kind.unit.field;
  /** Who creates in the validation tests, and what the input needs for them. */
  const creators = (): [Caller, Fields][] => [
    [w.member, {}],
    [w.admin, kind.unit.requiredForWorkingGroup ? { [field]: w.unitA.id } : {}],
  ];

  it(`lets ${words.members} create ${many} for their own ${words.unit} only, defaulting to it`, async () => {
    const before = await w.rows();
    const defaulted = dataOf(await w.create(w.member, kind.valid()))[created];
    expect(defaulted).toMatchObject({
      ...kind.validEcho,
      [kind.unit.object]: kind.unit.echo(w.unitA),
      createdBy: { id: w.member.user.id },
    });
    const explicit = dataOf(await w.create(w.member, kind.valid({ [field]: w.unitA.id })))[created];
    expect(explicit[kind.unit.object].id).toBe(w.unitA.id);
    expect(await w.rows()).toBe(before + 2);

    for (const unitId of [w.unitB.id, MISSING_ID]) {
      const res = await w.create(w.member, kind.valid({ [field]: unitId }));
      expectError(res, 'FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
    expect(await w.rows()).toBe(before + 2);
  });

  it('gives the defaults, with version 1 and empty lists', async () => {
    const record = dataOf(await w.create(w.member, kind.valid()))[created];
    expect(record).toMatchObject({
      ...kind.create.defaults,
      version: 1,
      tags: [],
      principles: [],
    });
    expect(Date.parse(record.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await w.row(record.id)).toMatchObject(kind.create.stored);
  });

  it('takes every field, normalising codes', async () => {
    const { input, shows, also } = kind.create.everyField;
    const record = dataOf(await w.create(w.member, kind.valid(input)))[created];
    expect(record).toMatchObject(shows);
    also(record, await w.row(record.id));
  });

  it(`refuses ${words.outsiders} with FORBIDDEN, and anonymous callers`, async () => {
    const before = await w.rows();
    expectError(await w.create(w.outsider, kind.valid()), 'FORBIDDEN');
    expectError(await w.create(w.outsider, kind.valid({ [field]: w.unitA.id })), 'FORBIDDEN');
    expectError(await w.create(undefined, kind.valid()), 'UNAUTHENTICATED');
    expect(await w.rows()).toBe(before);
  });

  it(`lets ADMIN and COORDINATOR create for any ${words.unit}, and refuses one that does not exist`, async () => {
    const before = await w.rows();
    for (const who of [w.admin, w.coordinator]) {
      expectError(
        await w.create(who, kind.valid({ [field]: MISSING_ID })),
        'BAD_USER_INPUT',
        field,
      );
    }
    expect(await w.rows()).toBe(before);
    for (const who of [w.admin, w.coordinator]) {
      const record = dataOf(await w.create(who, kind.valid({ [field]: w.unitB.id })))[created];
      expect(record).toMatchObject({
        ...kind.validEcho,
        [kind.unit.object]: kind.unit.echo(w.unitB),
        createdBy: { id: who.user.id },
      });
      expect(await w.row(record.id)).toMatchObject({
        [field]: w.unitB.id,
        createdById: who.user.id,
      });
    }
    expect(await w.rows()).toBe(before + 2);
  });

  it('refuses each bad input with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const cases: [string, Fields, string][] = [
      ['empty title', { title: '' }, 'title'],
      ['blank title', { title: '   ' }, 'title'],
      ['blank title with a tab', { title: ' \t ' }, 'title'],
      ['title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
      ['blank description', { description: ' \n ' }, 'description'],
      ['description over 20,000 characters', { description: 'd'.repeat(20_001) }, 'description'],
      ['unknown domain code', { domainCodes: ['PUBLIC_ADMINISTRATION', 'SPACE'] }, 'domainCodes'],
      ['another unknown domain code', { domainCodes: ['FINTECH', 'QUANTUM'] }, 'domainCodes'],
      ['empty domainCodes', { domainCodes: [] }, 'domainCodes'],
      ['21 tags', { tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) }, 'tags'],
      ['a tag of 41 characters', { tags: ['ok', 't'.repeat(41)] }, 'tags'],
      ['a tag of 41 characters alone', { tags: ['a'.repeat(41)] }, 'tags'],
      ['an empty tag', { tags: ['  '] }, 'tags'],
      ['unknown principle code', { principleCodes: ['BE_NICE'] }, 'principleCodes'],
      ['another unknown principle code', { principleCodes: ['MOVE_FAST'] }, 'principleCodes'],
      [`malformed ${field}`, { [field]: 'ministry-a' }, field],
      [`another malformed ${field}`, { [field]: 'acme' }, field],
      ...kind.create.invalid,
    ];
    const before = await w.rows();
    for (const [who, extra] of creators()) {
      for (const [what, overrides, name] of cases) {
        const res = await w.create(who, kind.valid({ ...extra, ...overrides }));
        await explained(`${what}: ${JSON.stringify(res.errors)}`, () =>
          expectError(res, 'BAD_USER_INPUT', name),
        );
      }
    }
    expect(await w.rows()).toBe(before);

    // At the limits it is accepted: 200-character title, 20,000-character description, 20 tags of 40.
    for (const [who, extra] of creators()) {
      const atLimits = dataOf(
        await w.create(
          who,
          kind.valid({
            ...extra,
            title: 'é'.repeat(200),
            description: 'd'.repeat(20_000),
            tags: Array.from({ length: 20 }, (_, i) => `${i}`.padStart(40, 't')),
          }),
        ),
      )[created];
      expect(atLimits.title).toHaveLength(200);
      expect(atLimits.tags).toHaveLength(20);
    }
    expect(await w.rows()).toBe(before + 2);
  });

  it('refuses what GraphQL itself refuses: null or missing required fields, unknown fields and values', async () => {
    const before = await w.rows();
    for (const [who, extra] of creators()) {
      const res = await w.create(who, kind.valid({ ...extra, title: null }));
      expectError(res, 'BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(/"input\.title"/);
      const { title: _title, ...withoutTitle } = kind.valid(extra);
      expectError(await w.create(who, withoutTitle), 'BAD_USER_INPUT');
      for (const overrides of [
        { budget: 100 },
        { status: 'DELETED' },
        ...kind.create.refusedByGraphql,
      ]) {
        await explained(overrides, async () =>
          expectError(
            await w.create(who, kind.valid({ ...extra, ...overrides })),
            'BAD_USER_INPUT',
          ),
        );
      }
    }
    expect(await w.rows()).toBe(before);
  });
}

function updateTests(w: RecordWorld) {
  const { kind } = w;
  const { one, words } = kind;
  const updated = `update${kind.type}`;

  it(`lets ${words.members} edit their own ${words.unit}'s ${kind.many}; the version increments`, async () => {
    const { made, input, shows, keeps, then } = kind.update.edit;
    const record = await w.make(w.colleague.user, made);
    const first = dataOf(await w.update(w.member, record.id, { version: 1, ...input }))[updated];
    expect(first).toMatchObject({
      ...shows,
      // Untouched fields keep their values.
      ...keeps(record),
      id: record.id,
      version: 2,
      [kind.unit.object]: { id: w.unitA.id },
      createdBy: { id: w.colleague.user.id },
    });
    expect(Date.parse(first.updatedAt)).toBeGreaterThanOrEqual(record.updatedAt.getTime());
    const second = dataOf(await w.update(w.member, record.id, { version: 2, ...then.input }))[
      updated
    ];
    expect(second).toMatchObject({ ...then.shows, version: 3 });
    expect(await w.row(record.id)).toMatchObject({ ...then.stored, version: 3 });
    const read = await w.read(record.id, w.outsider);
    if (then.outsiderReads) expect(dataOf(read)[one].id).toBe(record.id);
    else expectError(read, 'NOT_FOUND');
  });

  /** A caller's edit of each kind of record of unit B: FORBIDDEN where they read it, else NOT_FOUND. */
  const refusedEdits = (who: () => Caller, standing: Standing) => async () => {
    for (const r of [
      { label: kind.words.public, made: {}, readers: STANDINGS },
      ...kind.restricted,
    ]) {
      const record = await w.make(w.peer.user, { ...r.made, title: 'Theirs' });
      await explained(r.label, async () => {
        const res = await w.update(who(), record.id, { version: 1, title: 'Taken' });
        expectError(res, r.readers.includes(standing) ? 'FORBIDDEN' : 'NOT_FOUND');
        expect(await w.row(record.id)).toMatchObject({ title: 'Theirs', version: 1 });
      });
    }
  };
  it(
    `refuses ${words.members} of another ${words.unit} (FORBIDDEN, or NOT_FOUND for what they cannot read)`,
    refusedEdits(() => w.member, 'peer'),
  );
  it(
    `refuses ${words.outsiders}: FORBIDDEN for a ${one} they read, NOT_FOUND for one they cannot`,
    refusedEdits(() => w.outsider, 'outsider'),
  );

  it(`lets ADMIN and COORDINATOR edit any ${one}`, async () => {
    const { made, steps } = kind.update.byWorkingGroup;
    const record = await w.make(w.peer.user, made);
    for (const [i, [input, shows]] of steps.entries()) {
      const who = i % 2 === 0 ? w.admin : w.coordinator;
      const got = dataOf(await w.update(who, record.id, { version: i + 1, ...input }))[updated];
      expect(got).toMatchObject({ ...shows, version: i + 2 });
    }
  });

  it('answers CONFLICT to a stale version and leaves the row unchanged', async () => {
    const record = await w.make(w.member.user, { title: 'Original' });
    dataOf(await w.update(w.member, record.id, { version: 1, title: 'First' }));
    const before = await w.row(record.id);
    for (const version of [1, 3, 5, 99]) {
      const res = await w.update(w.member, record.id, {
        version,
        title: 'Late',
        ...kind.update.stale.input,
      });
      expectError(res, 'CONFLICT');
      expect(res.errors![0].extensions).toMatchObject({ givenVersion: version, currentVersion: 2 });
      expect(res.data ?? null).toBeNull();
    }
    const after = await w.row(record.id);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ title: 'First', version: 2, ...kind.update.stale.keeps });
  });

  it('lets exactly one of two concurrent edits of the same version through', async () => {
    for (const rival of [w.coordinator, w.colleague]) {
      for (let round = 0; round < 3; round++) {
        const record = await w.make(w.member.user, { title: 'Race' });
        const [a, b]: GqlResponse<Fields>[] = await Promise.all([
          w.update(w.member, record.id, { version: 1, title: 'Edit A' }),
          w.update(rival, record.id, { version: 1, title: 'Edit B' }),
        ]);
        const wins = [a, b].filter((r) => !r.errors);
        const losses = [a, b].filter((r) => r.errors);
        expect(wins).toHaveLength(1);
        expect(losses).toHaveLength(1);
        expectError(losses[0], 'CONFLICT');
        expect(losses[0].errors![0].extensions).toMatchObject({
          givenVersion: 1,
          currentVersion: 2,
        });
        const winner = wins[0].data![updated];
        expect(winner.version).toBe(2);
        expect(await w.row(record.id)).toMatchObject({ version: 2, title: winner.title });
      }
    }
  });

  it('refuses null for required fields and other bad inputs, changing nothing', async () => {
    const record = await w.make(w.member.user);
    const before = await w.row(record.id);
    const cases: [Fields, string][] = [
      [{ title: null }, 'title'],
      [{ description: null }, 'description'],
      [{ domainCodes: null }, 'domainCodes'],
      [{ tags: null }, 'tags'],
      [{ status: null }, 'status'],
      [{ title: '' }, 'title'],
      [{ title: '  ' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ domainCodes: [] }, 'domainCodes'],
      [{ domainCodes: ['NOPE'] }, 'domainCodes'],
      [{ principleCodes: ['NOPE'] }, 'principleCodes'],
      [{ tags: ['t'.repeat(41)] }, 'tags'],
      [{ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
      [{ version: 0 }, 'version'],
      [{ version: -1 }, 'version'],
      ...kind.update.invalid,
    ];
    for (const [input, name] of cases) {
      const res = await w.update(w.member, record.id, { version: 1, ...input });
      await explained(`${JSON.stringify(input)}: ${JSON.stringify(res.errors)}`, () =>
        expectError(res, 'BAD_USER_INPUT', name),
      );
    }
    // The unit cannot be changed through an update: the field does not exist.
    expectError(
      await w.update(w.member, record.id, { version: 1, [kind.unit.field]: w.unitB.id }),
      'BAD_USER_INPUT',
    );
    expect(await w.row(record.id)).toEqual(before);
  });

  it('refuses a malformed id and answers NOT_FOUND for a missing one', async () => {
    for (const input of [{ version: 1, title: 'X' }, { version: 1 }]) {
      expectError(await w.update(w.admin, 'abc', input), 'BAD_USER_INPUT', 'id');
      expectError(await w.update(w.admin, MISSING_ID, input), 'NOT_FOUND');
      expectError(await w.update(undefined, MISSING_ID, input), 'UNAUTHENTICATED');
    }
  });
}
