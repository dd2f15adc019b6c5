import { Role } from '../src/common/enums';
import { startTestApp, TestApp } from './support/app';
import { dataOf } from './support/assertions';
import { Factory } from './support/factories';

jest.setTimeout(60_000);

/** A line whose every field is quoted: "a","b ""c""","" (quotes inside doubled). */
const ALL_QUOTED = /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/;

describe('CSV exports', () => {
  let t: TestApp;
  let f: Factory;
  let staffToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    const staff = await f.signedIn(Role.MINISTRY_STAFF);
    staffToken = staff.token;
    const coordinator = await f.signedIn(Role.COORDINATOR);
    const provider = await f.user(Role.SOLUTION_PROVIDER);
    // Text a spreadsheet whose list separator is ";" (French, German) would split into a formula.
    const need = await f.need(staff.user, {
      title: 'Clinics;=1+1',
      tags: ['a;=2+2', 'b'],
      partnerInstitution: '=HYPERLINK("http://x")',
    });
    const solution = await f.solution(provider, { title: 'Dossier;@SUM(A1)' });
    dataOf(
      await t.gql(
        `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }`,
        { input: { needId: need.id, solutionId: solution.id, rationale: 'Fits;-3+3' } },
        coordinator.token,
      ),
    );
  });
  afterAll(() => t.close());

  async function download(file: string): Promise<string[]> {
    const res = await fetch(`${t.url}/export/${file}`, {
      headers: { authorization: `Bearer ${staffToken}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    // res.text() would drop the byte-order mark: decode keeping it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    return text.slice(1).split('\r\n').filter(Boolean);
  }

  it.each([
    ['needs.csv', '"Clinics;=1+1"'],
    ['solutions.csv', '"Dossier;@SUM(A1)"'],
    ['matches.csv', '"Fits;-3+3"'],
  ])('quotes every field of %s, so that a ";" inside one never splits it', async (file, quoted) => {
    const lines = await download(file);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(ALL_QUOTED);
    expect(lines.join('\n')).toContain(quoted);
  });

  it('keeps neutralising cells that start like a formula, inside the quotes', async () => {
    const lines = await download('needs.csv');
    const line = lines.find((l) => l.includes('Clinics;=1+1'))!;
    // The partner institution starts like a formula: quoted and prefixed with a quote mark.
    expect(line).toContain('"\'=HYPERLINK(""http://x"")"');
    expect(line).toContain('"a;=2+2; b"');
    // An empty cell (the need names no principle) is quoted too.
    expect(line).toContain(',"",');
  });
});
