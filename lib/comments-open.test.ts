import { describe, expect, it } from 'vitest';
import { areCommentsOpen } from './comments-open';

const publishedAt = new Date('2026-03-01T10:00:00Z');
const article = { commentMode: 'open' as const, keepCommentsOpen: false, publishedAt };
const days = (n: number) => new Date(publishedAt.getTime() + n * 86_400_000);

describe('areCommentsOpen', () => {
  it('is closed when staff closed the discussion, whatever the dates', () => {
    expect(areCommentsOpen({ ...article, commentMode: 'closed' }, { autoCloseDays: 0 }, days(0))).toBe(false);
    expect(
      areCommentsOpen({ ...article, commentMode: 'closed', keepCommentsOpen: true }, { autoCloseDays: 14 }, days(1)),
    ).toBe(false);
  });

  it('closes by itself after the delay, unless kept open or the delay is 0', () => {
    expect(areCommentsOpen(article, { autoCloseDays: 14 }, days(13.9))).toBe(true);
    expect(areCommentsOpen(article, { autoCloseDays: 14 }, days(14))).toBe(false);
    expect(areCommentsOpen({ ...article, keepCommentsOpen: true }, { autoCloseDays: 14 }, days(400))).toBe(true);
    expect(areCommentsOpen(article, { autoCloseDays: 0 }, days(400))).toBe(true);
  });

  it('applies the same delay to a moderated discussion', () => {
    expect(areCommentsOpen({ ...article, commentMode: 'moderated' }, { autoCloseDays: 14 }, days(20))).toBe(false);
  });
});
