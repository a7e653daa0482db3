import { describe, expect, it } from 'vitest';
import { commentExcerpt, digestPeriodStart, dueDigests, type DigestMember } from './moderation-digest';

const at = (iso: string) => new Date(iso);

describe('digestPeriodStart', () => {
  it('starts an hourly period at the top of the newsroom’s hour, whatever the zone’s offset', () => {
    expect(digestPeriodStart('hourly', at('2026-12-01T09:41:07.250Z'), 'Africa/Douala')).toEqual(
      at('2026-12-01T09:00:00Z'),
    );
    // India is UTC+5:30: its hours begin at half past in UTC.
    expect(digestPeriodStart('hourly', at('2026-12-01T09:41:07Z'), 'Asia/Kolkata')).toEqual(at('2026-12-01T09:30:00Z'));
    expect(digestPeriodStart('hourly', at('2026-12-01T09:29:59Z'), 'Asia/Kolkata')).toEqual(at('2026-12-01T08:30:00Z'));
  });

  it('starts a daily period at 8:00 in the zone: before 8, the period is the one that began yesterday', () => {
    // Douala is UTC+1: 8:00 there is 7:00 UTC.
    expect(digestPeriodStart('daily', at('2026-12-01T07:00:00Z'), 'Africa/Douala')).toEqual(at('2026-12-01T07:00:00Z'));
    expect(digestPeriodStart('daily', at('2026-12-01T22:30:00Z'), 'Africa/Douala')).toEqual(at('2026-12-01T07:00:00Z'));
    expect(digestPeriodStart('daily', at('2026-12-01T06:59:59Z'), 'Africa/Douala')).toEqual(at('2026-11-30T07:00:00Z'));
    // Across a clock change: Paris goes to summer time on 29 March 2026 at 2:00.
    expect(digestPeriodStart('daily', at('2026-03-29T05:00:00Z'), 'Europe/Paris')).toEqual(at('2026-03-28T07:00:00Z'));
    expect(digestPeriodStart('daily', at('2026-03-29T06:00:00Z'), 'Europe/Paris')).toEqual(at('2026-03-29T06:00:00Z'));
  });
});

describe('dueDigests', () => {
  const now = at('2026-12-01T09:41:00Z');
  const member = (values: Partial<DigestMember>): DigestMember => ({
    userId: 1,
    role: 'moderator',
    frequency: 'hourly',
    lastPeriodStart: null,
    active: true,
    ...values,
  });
  const due = (values: Partial<DigestMember>) =>
    dueDigests([member(values)], now, 'Africa/Douala').map((d) => d.periodStart.toISOString());

  it('is due once per period: never sent, or last sent for an earlier period', () => {
    expect(due({})).toEqual(['2026-12-01T09:00:00.000Z']);
    expect(due({ lastPeriodStart: at('2026-12-01T08:00:00Z') })).toEqual(['2026-12-01T09:00:00.000Z']);
    expect(due({ lastPeriodStart: at('2026-12-01T09:00:00Z') })).toEqual([]);
    // A clock set back (or a period recorded by a server whose clock ran ahead) sends nothing again.
    expect(due({ lastPeriodStart: at('2026-12-01T10:00:00Z') })).toEqual([]);
  });

  it('follows a change of frequency: to hourly after today’s daily sends at the next hour, to daily waits for tomorrow', () => {
    // Today's daily digest (period from 7:00 UTC) went out at 7:00; hourly now: the 9:00 period is due.
    expect(due({ frequency: 'hourly', lastPeriodStart: at('2026-12-01T07:00:00Z') })).toHaveLength(1);
    // An hourly one went out at 9:00; daily now: today's period (7:00) is already covered.
    expect(due({ frequency: 'daily', lastPeriodStart: at('2026-12-01T09:00:00Z') })).toEqual([]);
    expect(due({ frequency: 'daily', lastPeriodStart: at('2026-11-30T07:00:00Z') })).toEqual([
      '2026-12-01T07:00:00.000Z',
    ]);
  });

  it('sends nothing to a member who chose none, or whose account is disabled or was never taken up', () => {
    expect(due({ frequency: 'none' })).toEqual([]);
    expect(due({ active: false })).toEqual([]);
    expect(due({ role: 'admin', frequency: 'daily' })).toHaveLength(1);
  });
});

describe('commentExcerpt', () => {
  it('keeps a short comment whole, on one line', () => {
    expect(commentExcerpt('  Très bien.\n\nMerci  ')).toBe('Très bien. Merci');
  });

  it('cuts a long one at a word, with an ellipsis', () => {
    const excerpt = commentExcerpt(`${'mot '.repeat(100)}fin`);
    expect(excerpt.length).toBeLessThanOrEqual(201);
    expect(excerpt).toMatch(/^mot( mot)+…$/);
  });
});
