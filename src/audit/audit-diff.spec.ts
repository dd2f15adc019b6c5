import { diffRecords, toJson } from './audit-diff';

describe('diffRecords', () => {
  it('lists a creation field by field, from null', () => {
    expect(diffRecords(null, { id: 'x', title: 'T', tags: ['a'] })).toEqual([
      { field: 'id', before: null, after: 'x' },
      { field: 'title', before: null, after: 'T' },
      { field: 'tags', before: null, after: ['a'] },
    ]);
  });

  it('keeps only the fields that changed, with dates as ISO text', () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    expect(
      diffRecords(
        { title: 'A', tags: ['x'], decidedAt: null, version: 1 },
        { title: 'A', tags: ['x'], decidedAt: at, version: 2 },
      ),
    ).toEqual([
      { field: 'decidedAt', before: null, after: '2026-01-02T03:04:05.678Z' },
      { field: 'version', before: 1, after: 2 },
    ]);
  });

  it('never carries passwords, hashes, tokens or secrets, at any depth', () => {
    const changes = diffRecords(null, {
      email: 'a@b.lu',
      password: 'correct horse battery staple',
      passwordHash: '$argon2id$...',
      refreshToken: 'r',
      nested: { accessToken: 't', jwtSecret: 's', kept: 1 },
    });
    expect(changes.map((c) => c.field)).toEqual(['email', 'nested']);
    expect(JSON.stringify(changes)).not.toMatch(/horse|argon2|"t"|"s"|"r"/);
  });

  it('ignores the bookkeeping timestamps of writes', () => {
    expect(diffRecords({ updatedAt: new Date(1) }, { updatedAt: new Date(2) })).toEqual([]);
  });

  it('stores text as data, whatever it holds', () => {
    expect(toJson('line\nInjected: yes')).toBe('line\nInjected: yes');
  });
});
