import { Role, SolutionStatus, Visibility } from '../src/common/enums';
import { startTestApp, TestApp } from './support/app';
import { dataOf, expectError, MISSING_ID } from './support/assertions';
import { Factory } from './support/factories';

jest.setTimeout(60_000);

const MINISTRIES = `query($all: Boolean!) { ministries(includeRetired: $all) { id retiredAt } }`;
const ORGANIZATIONS = `query($all: Boolean!) { organizations(includeRetired: $all) { id retiredAt } }`;
const UPDATE_MINISTRY = `mutation($id: ID!, $input: UpdateMinistryInput!) {
  updateMinistry(id: $id, input: $input) { id name acronym website retiredAt } }`;
const UPDATE_ORGANIZATION = `mutation($id: ID!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, input: $input) { id name acronym kind countryCode website retiredAt } }`;
const RETIRE_MINISTRY = 'mutation($id: ID!) { retireMinistry(id: $id) { id retiredAt } }';
const REINSTATE_MINISTRY = 'mutation($id: ID!) { reinstateMinistry(id: $id) { id retiredAt } }';
const RETIRE_ORGANIZATION = 'mutation($id: ID!) { retireOrganization(id: $id) { id retiredAt } }';
const REINSTATE_ORGANIZATION =
  'mutation($id: ID!) { reinstateOrganization(id: $id) { id retiredAt } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
const CREATE_NEED = 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }';
const CREATE_SOLUTION =
  'mutation($input: CreateSolutionInput!) { createSolution(input: $input) { id } }';
const AUDIT = `query($id: ID!) { auditEvents(filter: { entityId: $id }) {
  edges { node { operation actor { id } changes { field before after } } } } }`;

type Signed = Awaited<ReturnType<Factory['signedIn']>>;

describe('editing and retiring ministries and organisations', () => {
  let t: TestApp;
  let f: Factory;
  let admin: Signed;
  let coordinator: Signed;
  let staff: Signed;
  let provider: Signed;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    [admin, coordinator, staff, provider] = await Promise.all([
      f.signedIn(Role.ADMIN),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.MINISTRY_STAFF),
      f.signedIn(Role.SOLUTION_PROVIDER),
    ]);
  });
  afterAll(() => t.close());

  const audit = async (id: string) =>
    dataOf(await t.gql(AUDIT, { id }, admin.token)).auditEvents.edges.map((e: any) => e.node);
  const newUser = (extra: object) => ({
    email: `joiner.${Date.now()}.${n++}@test.d4d.lu`,
    displayName: 'Joiner',
    password: 'a long enough password',
    ...extra,
  });

  it('lets an administrator edit a ministry, with its acronym unique', async () => {
    const [ministry, other] = await Promise.all([f.ministry(), f.ministry()]);
    const edited = dataOf(
      await t.gql(
        UPDATE_MINISTRY,
        {
          id: ministry.id,
          input: {
            name: '  Ministère du Numérique ',
            acronym: 'MDIGI',
            website: 'https://mdigi.lu',
          },
        },
        admin.token,
      ),
    ).updateMinistry;
    expect(edited).toEqual({
      id: ministry.id,
      name: 'Ministère du Numérique',
      acronym: 'MDIGI',
      website: 'https://mdigi.lu',
      retiredAt: null,
    });
    const cleared = dataOf(
      await t.gql(UPDATE_MINISTRY, { id: ministry.id, input: { website: null } }, admin.token),
    ).updateMinistry;
    expect(cleared.website).toBeNull();
    const taken = await t.gql(
      UPDATE_MINISTRY,
      { id: ministry.id, input: { acronym: other.acronym } },
      admin.token,
    );
    expectError(taken, 'CONFLICT', 'acronym');
    for (const [input, field] of [
      [{ acronym: 'mdigi' }, 'acronym'],
      [{ website: 'javascript:alert(1)' }, 'website'],
      [{ name: ' ' }, 'name'],
      [{ name: null }, 'name'],
    ] as const) {
      expectError(
        await t.gql(UPDATE_MINISTRY, { id: ministry.id, input }, admin.token),
        'BAD_USER_INPUT',
        field,
      );
    }
    const [event] = await audit(ministry.id);
    expect(event).toMatchObject({ operation: 'updateMinistry', actor: { id: admin.user.id } });
    expect(event.changes.map((c: any) => c.field)).toEqual(['website']);
    expectError(
      await t.gql(UPDATE_MINISTRY, { id: MISSING_ID, input: { name: 'x' } }, admin.token),
      'NOT_FOUND',
    );
  });

  it('lets an administrator edit an organisation, with its name unique', async () => {
    const [org, other] = await Promise.all([f.organization(), f.organization()]);
    const edited = dataOf(
      await t.gql(
        UPDATE_ORGANIZATION,
        {
          id: org.id,
          input: { acronym: 'LIST', kind: 'PUBLIC_AGENCY', countryCode: 'fr', website: null },
        },
        admin.token,
      ),
    ).updateOrganization;
    expect(edited).toMatchObject({
      acronym: 'LIST',
      kind: 'PUBLIC_AGENCY',
      countryCode: 'FR',
      website: null,
    });
    expectError(
      await t.gql(UPDATE_ORGANIZATION, { id: org.id, input: { name: other.name } }, admin.token),
      'CONFLICT',
      'name',
    );
    expectError(
      await t.gql(UPDATE_ORGANIZATION, { id: org.id, input: { countryCode: 'ZZ' } }, admin.token),
      'BAD_USER_INPUT',
      'countryCode',
    );
    expectError(
      await t.gql(UPDATE_ORGANIZATION, { id: org.id, input: { kind: 'SHOP' } }, admin.token),
      'BAD_USER_INPUT',
    );
  });

  it('is for administrators only', async () => {
    const [ministry, org] = await Promise.all([f.ministry(), f.organization()]);
    for (const caller of [coordinator, staff, provider, undefined]) {
      const code = caller ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      const token = caller?.token;
      expectError(
        await t.gql(UPDATE_MINISTRY, { id: ministry.id, input: { name: 'x' } }, token),
        code,
      );
      expectError(await t.gql(RETIRE_MINISTRY, { id: ministry.id }, token), code);
      expectError(await t.gql(REINSTATE_MINISTRY, { id: ministry.id }, token), code);
      expectError(
        await t.gql(UPDATE_ORGANIZATION, { id: org.id, input: { name: 'x' } }, token),
        code,
      );
      expectError(await t.gql(RETIRE_ORGANIZATION, { id: org.id }, token), code);
      expectError(await t.gql(REINSTATE_ORGANIZATION, { id: org.id }, token), code);
    }
    const [row] = await t.db.query('SELECT name, retired_at FROM ministry WHERE id = $1', [
      ministry.id,
    ]);
    expect(row).toEqual({ name: ministry.name, retired_at: null });
  });

  it('retires a ministry: its needs stay, no new user or need joins it, until reinstated', async () => {
    const ministry = await f.ministry();
    const member = await f.signedIn(Role.MINISTRY_STAFF, { ministryId: ministry.id });
    const need = await f.need(member.user, { visibility: Visibility.INTERNAL });
    const retired = dataOf(await t.gql(RETIRE_MINISTRY, { id: ministry.id }, admin.token));
    expect(retired.retireMinistry.retiredAt).toEqual(expect.any(String));
    // Retiring it again changes nothing and leaves no second trace.
    const again = dataOf(await t.gql(RETIRE_MINISTRY, { id: ministry.id }, admin.token));
    expect(again.retireMinistry.retiredAt).toBe(retired.retireMinistry.retiredAt);
    expect((await audit(ministry.id)).map((e: any) => e.operation)).toEqual(['retireMinistry']);

    const listed = async (all: boolean) =>
      dataOf(await t.gql(MINISTRIES, { all }, staff.token)).ministries.map((m: any) => m.id);
    expect(await listed(false)).not.toContain(ministry.id);
    expect(await listed(true)).toContain(ministry.id);
    dataOf(await t.gql('query($id: ID!) { need(id: $id) { id } }', { id: need.id }, staff.token));

    expectError(
      await t.gql(
        CREATE_USER,
        { input: newUser({ role: 'MINISTRY_STAFF', ministryId: ministry.id }) },
        admin.token,
      ),
      'BAD_USER_INPUT',
      'ministryId',
    );
    const needInput = {
      title: 'A need for a retired ministry',
      description: 'It should not be logged.',
      countryCode: 'SN',
      domainCodes: ['PUBLIC_ADMINISTRATION'],
    };
    expectError(
      await t.gql(
        CREATE_NEED,
        { input: { ...needInput, ministryId: ministry.id } },
        coordinator.token,
      ),
      'BAD_USER_INPUT',
      'ministryId',
    );
    // Its own staff log needs for it by default: refused too.
    expectError(await t.gql(CREATE_NEED, { input: needInput }, member.token), 'BAD_USER_INPUT');

    dataOf(await t.gql(REINSTATE_MINISTRY, { id: ministry.id }, admin.token));
    dataOf(
      await t.gql(
        CREATE_USER,
        { input: newUser({ role: 'MINISTRY_STAFF', ministryId: ministry.id }) },
        admin.token,
      ),
    );
    dataOf(await t.gql(CREATE_NEED, { input: needInput }, member.token));
  });

  it('retires an organisation: its solutions stay readable, no new user or solution joins it', async () => {
    const org = await f.organization();
    const member = await f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: org.id });
    const solution = await f.solution(member.user, { status: SolutionStatus.PUBLISHED });
    dataOf(await t.gql(RETIRE_ORGANIZATION, { id: org.id }, admin.token));

    const listed = async (all: boolean) =>
      dataOf(await t.gql(ORGANIZATIONS, { all }, staff.token)).organizations.map((o: any) => o.id);
    expect(await listed(false)).not.toContain(org.id);
    expect(await listed(true)).toContain(org.id);
    const read = dataOf(
      await t.gql(
        'query($id: ID!) { solution(id: $id) { id provider { id retiredAt } } }',
        { id: solution.id },
        staff.token,
      ),
    );
    expect(read.solution.provider).toEqual({ id: org.id, retiredAt: expect.any(String) });

    const solutionInput = {
      title: 'A solution of a retired organisation',
      summary: 'It should not be described.',
      description: 'Nothing new joins a retired organisation.',
      domainCodes: ['PUBLIC_ADMINISTRATION'],
      maturity: 'PILOT',
      openSource: true,
    };
    expectError(
      await t.gql(
        CREATE_SOLUTION,
        { input: { ...solutionInput, providerId: org.id } },
        coordinator.token,
      ),
      'BAD_USER_INPUT',
      'providerId',
    );
    expectError(
      await t.gql(CREATE_SOLUTION, { input: solutionInput }, member.token),
      'BAD_USER_INPUT',
      'providerId',
    );
    expectError(
      await t.gql(
        CREATE_USER,
        { input: newUser({ role: 'SOLUTION_PROVIDER', organizationId: org.id }) },
        admin.token,
      ),
      'BAD_USER_INPUT',
      'organizationId',
    );
    // Its members keep their accounts.
    dataOf(await t.gql('{ me { id organization { id } } }', {}, member.token));

    dataOf(await t.gql(REINSTATE_ORGANIZATION, { id: org.id }, admin.token));
    dataOf(await t.gql(CREATE_SOLUTION, { input: solutionInput }, member.token));
    expect((await audit(org.id)).map((e: any) => e.operation)).toEqual([
      'reinstateOrganization',
      'retireOrganization',
    ]);
  });
});
