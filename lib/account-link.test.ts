import { describe, expect, it } from 'vitest';
import { accountLinkHash, newAccountLinkToken } from './account-link';

describe('account link tokens', () => {
  it('keeps only a keyed hash, which the token presented again finds', () => {
    const { token, tokenHash } = newAccountLinkToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).not.toContain(token);
    expect(accountLinkHash(token)).toBe(tokenHash);
    expect(newAccountLinkToken().token).not.toBe(token);
  });

  it('refuses anything not shaped like a token before it reaches the database', () => {
    expect(accountLinkHash('')).toBeNull();
    expect(accountLinkHash('../../etc/passwd')).toBeNull();
    expect(accountLinkHash('a'.repeat(44))).toBeNull();
  });
});
