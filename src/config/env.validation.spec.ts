import { publicUrl, validateEnvironment } from './env.validation';

describe('validateEnvironment', () => {
  it('applies the defaults', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({
      PORT: 3000,
      NODE_ENV: 'development',
      DATA_DIR: '.data',
      ACCESS_TOKEN_TTL_SECONDS: 900,
    });
  });

  it('reads numbers from text', () => {
    expect(validateEnvironment({ PORT: '8080' }).PORT).toBe(8080);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ ADMIN_EMAIL: 'admin@example.org' }, 'ADMIN_EMAIL/ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'long enough password' }, 'ADMIN_EMAIL'],
    [{ PUBLIC_URL: 'd4d.example.org' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'https://d4d.example.org/?next=evil' }, 'PUBLIC_URL'],
  ])('stops on %j, naming %s', (raw, variable) => {
    expect(() => validateEnvironment(raw)).toThrow(
      new RegExp(`^Invalid configuration:[\\s\\S]*${variable}:`),
    );
  });

  it('gives links the public address, else this machine on PORT', () => {
    expect(publicUrl(validateEnvironment({ PORT: '8080' }))).toBe('http://localhost:8080');
    expect(publicUrl(validateEnvironment({ PUBLIC_URL: 'https://d4d.example.org/match/' }))).toBe(
      'https://d4d.example.org/match',
    );
  });
});
