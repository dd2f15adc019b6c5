import { maskEmail } from './password-resets.service';

describe('maskEmail', () => {
  it('keeps enough of an address to tell it apart in a log, not to read it', () => {
    expect(maskEmail('jane.doe@example.lu')).toBe('j***@e***.lu');
    expect(maskEmail('a@b')).toBe('a***@b***');
    expect(maskEmail('odd"@"quoted@mail.health.lu')).toBe('o***@m***.lu');
  });
});
