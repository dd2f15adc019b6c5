/**
 * What the start-up says once the server listens, in place of Nest's list of
 * modules and routes: where to open it, which database it uses, the mode,
 * and where the demo accounts are (the accounts themselves when just made).
 */
export interface StartupFacts {
  readyMs: number;
  /** The address the server listens on (HOST) and its port. */
  host: string;
  port: number;
  /** Whether client/dist is served at `/`. */
  servesClient: boolean;
  databaseUrl: string;
  embedded: boolean;
  /** The embedded PostgreSQL's folder, when embedded. */
  databaseDir?: string;
  mode: string;
  /** demo-accounts.txt, when there is one. */
  demoAccountsFile?: string;
  /** formatAccounts' table, when the demo data was loaded by this start. */
  demoAccounts?: string;
}

/** A URL a browser on this machine can open: a wildcard address becomes localhost. */
export function browserUrl(host: string, port: number): string {
  const name = ['0.0.0.0', '::', ''].includes(host) ? 'localhost' : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/** The database, without its password: "embedded PostgreSQL at 127.0.0.1:54329" or the URL. */
export function describeDatabase(url: string, embedded: boolean): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return embedded ? 'embedded PostgreSQL' : 'DATABASE_URL (not a URL that can be shown)';
  }
  if (embedded) return `embedded PostgreSQL at ${parsed.host}`;
  parsed.password = '';
  parsed.search = '';
  return parsed.toString();
}

/** The summary as readable lines, for a terminal. */
export function summaryText(facts: StartupFacts): string {
  const url = browserUrl(facts.host, facts.port);
  const database =
    describeDatabase(facts.databaseUrl, facts.embedded) +
    (facts.databaseDir ? `, files in ${facts.databaseDir}` : '');
  const rows: [string, string][] = [
    [
      'URL',
      `${url}  (API at /graphql, health at /health)` +
        (facts.servesClient ? '' : '; no web client built (npm run dev serves it through Vite)'),
    ],
    ['database', database],
    ['mode', `${facts.mode} (NODE_ENV)`],
  ];
  if (facts.demoAccountsFile) {
    rows.push([
      'demo accounts',
      facts.demoAccounts
        ? `just created, also kept in ${facts.demoAccountsFile}`
        : facts.demoAccountsFile,
    ]);
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = [
    '',
    `Ready in ${facts.readyMs} ms`,
    ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`),
  ];
  if (facts.demoAccounts) lines.push('', ...facts.demoAccounts.split('\n').map((l) => `  ${l}`));
  return `${lines.join('\n')}\n\n`;
}

/** The summary as one JSON log line's fields: no passwords (the accounts stay in their file). */
export function summaryFields(facts: StartupFacts) {
  const url = browserUrl(facts.host, facts.port);
  return {
    msg: `Ready in ${facts.readyMs} ms: ${url}`,
    url,
    servesClient: facts.servesClient,
    database: describeDatabase(facts.databaseUrl, facts.embedded),
    ...(facts.databaseDir && { databaseDir: facts.databaseDir }),
    mode: facts.mode,
    ...(facts.demoAccountsFile && { demoAccountsFile: facts.demoAccountsFile }),
    ...(facts.demoAccounts && { demoDataLoaded: true }),
  };
}
