import { Request } from 'express';
import { redactVariables, REDACTED } from './logging';
import { mayReadMetrics } from './metrics.controller';

const request = (remoteAddress: string, headers: Record<string, string> = {}) =>
  ({
    socket: { remoteAddress },
    headers,
    header: (name: string) => headers[name.toLowerCase()],
  }) as unknown as Request;

describe('who may read /metrics', () => {
  it('without METRICS_TOKEN: a loopback socket with no proxy header only', () => {
    expect(mayReadMetrics(request('127.0.0.1'), undefined)).toBe(true);
    expect(mayReadMetrics(request('::1'), undefined)).toBe(true);
    expect(mayReadMetrics(request('10.0.0.5'), undefined)).toBe(false);
    expect(mayReadMetrics(request('127.0.0.1', { 'x-forwarded-for': '1.2.3.4' }), undefined)).toBe(
      false,
    );
    expect(mayReadMetrics(request('127.0.0.1', { forwarded: 'for=1.2.3.4' }), undefined)).toBe(
      false,
    );
  });

  it('with METRICS_TOKEN: the right bearer token from anywhere, nothing else', () => {
    const token = 'a-scrape-token-of-32-characters!';
    expect(mayReadMetrics(request('10.0.0.5', { authorization: `Bearer ${token}` }), token)).toBe(
      true,
    );
    expect(mayReadMetrics(request('10.0.0.5', { authorization: `Bearer ${token}x` }), token)).toBe(
      false,
    );
    expect(mayReadMetrics(request('127.0.0.1'), token)).toBe(false);
  });
});

describe('redactVariables', () => {
  it('hides secrets at any depth and keeps the rest', () => {
    const out = redactVariables({
      input: { email: 'a@b.lu', password: 'p', newPassword: 'n', nested: [{ refreshToken: 't' }] },
      token: 'x',
    });
    expect(out).toEqual({
      input: {
        email: 'a@b.lu',
        password: REDACTED,
        newPassword: REDACTED,
        nested: [{ refreshToken: REDACTED }],
      },
      token: REDACTED,
    });
  });

  it('cuts long strings', () => {
    expect((redactVariables('x'.repeat(1000)) as string).length).toBeLessThanOrEqual(201);
  });
});
