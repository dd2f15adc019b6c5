import { Role, Visibility } from '../src/common/enums';
import { startTestApp, TestApp } from './support/app';
import { dataOf, expectError } from './support/assertions';
import { Factory, PASSWORD } from './support/factories';

jest.setTimeout(60_000);

const CREATOR = `query($id: ID!) { need(id: $id) { id createdBy { id displayName email } } }`;
const CREATOR_NAME = `query($id: ID!) { need(id: $id) { id createdBy { id displayName } } }`;
const REFRESH = `mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken user { id email } } }`;

/** Who may read a person's e-mail address: the person and the working group, no one else. */
describe('people: e-mail addresses', () => {
  let t: TestApp;
  let f: Factory;
  let needId: string;
  let staff: Awaited<ReturnType<Factory['signedIn']>>;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    staff = await f.signedIn(Role.MINISTRY_STAFF);
    needId = (await f.need(staff.user, { visibility: Visibility.PUBLIC })).id;
  });
  afterAll(() => t.close());

  it('shows the address to the person and to the working group', async () => {
    const own = dataOf(await t.gql(CREATOR, { id: needId }, staff.token));
    expect(own.need.createdBy.email).toBe(staff.user.email);
    for (const role of [Role.ADMIN, Role.COORDINATOR]) {
      const { token } = await f.signedIn(role);
      const seen = dataOf(await t.gql(CREATOR, { id: needId }, token));
      expect(seen.need.createdBy.email).toBe(staff.user.email);
    }
  });

  it('refuses it to other staff and to providers, who still see the name', async () => {
    for (const role of [Role.MINISTRY_STAFF, Role.SOLUTION_PROVIDER]) {
      const { token } = await f.signedIn(role);
      const refused = await t.gql(CREATOR, { id: needId }, token);
      expectError(refused, 'FORBIDDEN');
      expect(JSON.stringify(refused.data ?? null)).not.toContain(staff.user.email);
      const named = dataOf(await t.gql(CREATOR_NAME, { id: needId }, token));
      expect(named.need.createdBy.displayName).toBe(staff.user.displayName);
    }
  });

  it('gives a renewed session its own address, as sign-in does', async () => {
    const session = await f.signedIn(Role.SOLUTION_PROVIDER);
    const login = dataOf(
      await t.gql(
        `mutation($input: LoginInput!) { login(input: $input) { refreshToken user { email } } }`,
        { input: { email: session.user.email, password: PASSWORD } },
      ),
    );
    expect(login.login.user.email).toBe(session.user.email);
    const renewed = dataOf(await t.gql(REFRESH, { r: login.login.refreshToken }));
    expect(renewed.refreshSession.user.email).toBe(session.user.email);
  });
});
