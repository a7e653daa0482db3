import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyedHash, normaliseEmail, signToken, verifyToken } from './signed-token';

const key = 'une-clé-de-test-assez-longue';

describe('signToken / verifyToken', () => {
  it('signs as payload.base64url(HMAC-SHA256)', () => {
    const mac = createHmac('sha256', key).update('1700000000').digest('base64url');
    expect(signToken('1700000000', key)).toBe(`1700000000.${mac}`);
    expect(mac).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('returns the payload of a valid token, dots included', () => {
    expect(verifyToken(signToken('1700000000', key), key)).toBe('1700000000');
    expect(verifyToken(signToken('a.b.c', key), key)).toBe('a.b.c');
    expect(verifyToken(signToken('', key), key)).toBe('');
  });

  it('rejects a token signed with another key', () => {
    expect(verifyToken(signToken('42', 'autre-clé'), key)).toBeNull();
  });

  it('rejects an altered payload or MAC', () => {
    const token = signToken('1700000000', key);
    const [payload, mac] = token.split('.');
    expect(verifyToken(`1700000001.${mac}`, key)).toBeNull();
    const flipped = mac.startsWith('A') ? `B${mac.slice(1)}` : `A${mac.slice(1)}`;
    expect(verifyToken(`${payload}.${flipped}`, key)).toBeNull();
  });

  it('rejects malformed tokens without throwing', () => {
    const token = signToken('1700000000', key);
    for (const bad of [
      '',
      '.',
      'sans-point',
      '1700000000.',
      `${token}=`,
      `${token}!`,
      `${token}x`,
      `${token.slice(0, -1)}`,
      `${token} `,
      'é.é',
    ]) {
      expect(verifyToken(bad, key), bad).toBeNull();
    }
  });

  it('refuses to work with an empty key', () => {
    expect(() => signToken('x', '')).toThrow();
    expect(() => verifyToken('x.y', '')).toThrow();
    expect(() => keyedHash('x', '')).toThrow();
  });
});

describe('keyedHash', () => {
  it('is the hex HMAC-SHA256 of the value', () => {
    expect(keyedHash('awa@exemple.cm', key)).toBe(createHmac('sha256', key).update('awa@exemple.cm').digest('hex'));
    expect(keyedHash('awa@exemple.cm', key)).toMatch(/^[0-9a-f]{64}$/);
    expect(keyedHash('awa@exemple.cm', 'autre')).not.toBe(keyedHash('awa@exemple.cm', key));
  });
});

describe('normaliseEmail', () => {
  it('trims, lower-cases the whole address and composes to NFC', () => {
    expect(normaliseEmail('  Awa.N@Exemple.CM \n')).toBe('awa.n@exemple.cm');
    expect(normaliseEmail('E\u0301lise@exemple.cm')).toBe('\u00E9lise@exemple.cm');
  });

  it('makes differently typed addresses hash alike', () => {
    expect(keyedHash(normaliseEmail('AWA@EXEMPLE.CM'), key)).toBe(keyedHash(normaliseEmail(' awa@exemple.cm'), key));
  });
});
