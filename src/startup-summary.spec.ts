import { browserUrl, describeDatabase, summaryFields, summaryText } from './startup-summary';

const embedded = {
  readyMs: 812,
  host: '0.0.0.0',
  port: 3000,
  servesClient: true,
  databaseUrl: 'postgres://postgres:pw-embedded@127.0.0.1:54329/d4d',
  embedded: true,
  databaseDir: '/srv/d4d/.data/pg',
  mode: 'development',
  demoAccountsFile: '/srv/d4d/.data/demo-accounts.txt',
};
const accounts =
  '  ADMIN        admin@demo.d4d.lu        s3cret\n  COORDINATOR  coordinator@demo.d4d.lu  t0ps3cret';

describe('the start-up summary', () => {
  it('names a URL a browser opens, the database without its password, the mode', () => {
    const text = summaryText(embedded);
    expect(text).toMatch(/^\nReady in 812 ms\n/);
    expect(text).toContain('URL            http://localhost:3000  (API at /graphql');
    expect(text).toContain('embedded PostgreSQL at 127.0.0.1:54329, files in /srv/d4d/.data/pg');
    expect(text).toContain('mode           development');
    expect(text).toContain('demo accounts  /srv/d4d/.data/demo-accounts.txt');
    expect(text).not.toContain('pw-embedded');
    expect(text.split('\n').length).toBeLessThan(10);
  });

  it('shows the demo accounts in the terminal when just made, never in the JSON line', () => {
    const facts = { ...embedded, demoAccounts: accounts };
    expect(summaryText(facts)).toContain(
      'just created, also kept in /srv/d4d/.data/demo-accounts.txt',
    );
    expect(summaryText(facts)).toContain('COORDINATOR  coordinator@demo.d4d.lu  t0ps3cret');
    const fields = summaryFields(facts);
    expect(fields).toMatchObject({
      msg: 'Ready in 812 ms: http://localhost:3000',
      database: 'embedded PostgreSQL at 127.0.0.1:54329',
      mode: 'development',
      demoAccountsFile: '/srv/d4d/.data/demo-accounts.txt',
      demoDataLoaded: true,
    });
    expect(JSON.stringify(fields)).not.toMatch(/s3cret|pw-embedded/);
  });

  it('shows DATABASE_URL without the password or the query, and says when the client is not built', () => {
    expect(
      describeDatabase('postgres://d4d:secret@db.example.lu:5432/d4d?sslmode=require', false),
    ).toBe('postgres://d4d@db.example.lu:5432/d4d');
    expect(describeDatabase('not a url', false)).not.toContain('not a url');
    const text = summaryText({
      ...embedded,
      servesClient: false,
      embedded: false,
      databaseUrl: 'postgres://d4d:secret@db/d4d',
      databaseDir: undefined,
      demoAccountsFile: undefined,
    });
    expect(text).toContain('no web client built');
    expect(text).toContain('postgres://d4d@db/d4d');
    expect(text).not.toContain('secret');
    expect(text).not.toContain('demo accounts');
  });

  it('keeps a named host, brackets an IPv6 one', () => {
    expect(browserUrl('127.0.0.1', 8080)).toBe('http://127.0.0.1:8080');
    expect(browserUrl('::', 3000)).toBe('http://localhost:3000');
    expect(browserUrl('::1', 3000)).toBe('http://[::1]:3000');
  });
});
