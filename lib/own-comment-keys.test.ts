import { beforeAll, describe, expect, it } from 'vitest';
import { decodeOwnKeys, encodeOwnKeys, isWithinWindow } from './own-comment-keys';

beforeAll(() => {
  process.env.AUTH_SECRET ??= 'a secret for the own comment key tests';
});

const now = Date.UTC(2026, 0, 15, 12);

describe('the keys of a browser’s own comments', () => {
  it('names its comment and the comment’s time, valid within the window only', () => {
    const [key] = decodeOwnKeys(encodeOwnKeys(undefined, { id: 42, createdAt: now }, now, 10));
    expect(key).toEqual({ id: 42, createdAt: now });
    expect(isWithinWindow(key, now + 9 * 60_000, 10)).toBe(true);
    expect(isWithinWindow(key, now + 10 * 60_000, 10)).toBe(false);
    expect(isWithinWindow(key, now - 1, 10)).toBe(false);
  });

  it('is worth nothing forged, altered or moved to another comment', () => {
    const cookie = encodeOwnKeys(undefined, { id: 42, createdAt: now }, now, 10);
    const [, , signature] = cookie.split('.');
    expect(decodeOwnKeys(`43.${now}.${signature}`)).toEqual([]);
    expect(decodeOwnKeys(`42.${now + 1}.${signature}`)).toEqual([]);
    expect(decodeOwnKeys(`42.${now}.${'A'.repeat(22)}`)).toEqual([]);
    expect(decodeOwnKeys(`42.${now}`)).toEqual([]);
    expect(decodeOwnKeys(`${cookie}.x`)).toEqual([]);
    expect(decodeOwnKeys('')).toEqual([]);
  });

  it('stays small: expired keys dropped, the newest ten kept', () => {
    let cookie = encodeOwnKeys(undefined, { id: 1, createdAt: now }, now, 10);
    cookie = encodeOwnKeys(cookie, { id: 2, createdAt: now + 11 * 60_000 }, now + 11 * 60_000, 10);
    expect(decodeOwnKeys(cookie).map((key) => key.id)).toEqual([2]);
    for (let id = 3; id < 40; id++) cookie = encodeOwnKeys(cookie, { id, createdAt: now + id }, now + 60, 10);
    expect(decodeOwnKeys(cookie).map((key) => key.id)).toEqual([30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
    expect(cookie.length).toBeLessThan(600);
  });
});
