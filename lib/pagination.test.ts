import { describe, expect, it } from 'vitest';
import { pageFromSegments } from './pagination';

describe('pageFromSegments', () => {
  it('reads the rewritten page segment', () => {
    expect(pageFromSegments(undefined)).toBe(1);
    expect(pageFromSegments(['page', '2'])).toBe(2);
  });

  it('refuses anything that is not a page number', () => {
    for (const bad of [
      ['page', '0'],
      ['page', '-1'],
      ['page', '1.5'],
      ['page', 'deux'],
      ['autre', '2'],
      ['page'],
      ['page', '2', 'x'],
      ['page', '9999999'],
    ]) {
      expect(pageFromSegments(bad)).toBeNull();
    }
  });
});
