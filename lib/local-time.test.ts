import { describe, expect, it } from 'vitest';
import {
  countByLocalDay,
  dayKey,
  parseLocalDateTime,
  parseNewsroomDateTime,
  startOfLocalDay,
  timeZoneLabel,
  toNewsroomDateTime,
} from './local-time';

describe('local days', () => {
  it('finds the start of the day in the newsroom’s zone', () => {
    // 00:30 in Douala (UTC+1) is still the previous day in UTC.
    const late = new Date('2026-03-01T23:30:00Z');
    expect(dayKey(late, 'Africa/Douala')).toBe('2026-03-02');
    expect(startOfLocalDay(late, 'Africa/Douala').toISOString()).toBe('2026-03-01T23:00:00.000Z');
    expect(startOfLocalDay(new Date('2026-07-10T12:00:00Z'), 'Europe/Paris').toISOString()).toBe(
      '2026-07-09T22:00:00.000Z',
    );
    expect(startOfLocalDay(new Date('2026-03-29T12:00:00Z'), 'Europe/Paris').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
  });

  it('sorts hourly counts into local days, oldest first, empty days included', () => {
    const now = new Date('2026-03-03T10:00:00Z');
    const hour = (iso: string) => new Date(iso).getTime() / 3_600_000;
    const days = countByLocalDay(
      [
        { hour: hour('2026-03-01T22:00:00Z'), count: 2 }, // 23:00 in Douala, 1 March
        { hour: hour('2026-03-01T23:00:00Z'), count: 5 }, // midnight in Douala, 2 March
        { hour: hour('2026-03-03T09:00:00Z'), count: 1 },
        { hour: hour('2026-02-20T09:00:00Z'), count: 9 }, // before the chart
      ],
      now,
      3,
      'Africa/Douala',
    );
    expect(days).toEqual([
      { day: '2026-03-01', count: 2 },
      { day: '2026-03-02', count: 5 },
      { day: '2026-03-03', count: 1 },
    ]);
  });
});

describe('ISO date and time values', () => {
  it('reads a typed time in the newsroom’s zone and writes it back', () => {
    const instant = parseLocalDateTime('2026-03-01T10:30', 'Africa/Douala');
    expect(instant?.toISOString()).toBe('2026-03-01T09:30:00.000Z');
    expect(toNewsroomDateTime(instant!, 'Africa/Douala')).toBe('01/03/2026 10:30');
    expect(parseLocalDateTime('2026-07-01T10:30', 'Europe/Paris')?.toISOString()).toBe('2026-07-01T08:30:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    for (const value of ['', 'demain', '2026-02-31T10:00', '2026-13-01T10:00', '2026-03-01T24:00', '2026-03-01 10:00'])
      expect(parseLocalDateTime(value, 'Africa/Douala'), value).toBeNull();
  });
});

describe('the newsroom’s date and time field', () => {
  it('reads the French day-first forms and ISO values in the zone', () => {
    const expected = '2026-12-01T09:05:00.000Z';
    for (const value of [
      '01/12/2026 10:05',
      '1/12/2026 10:05',
      '01/12/2026 à 10 h 05',
      '1/12/2026, 10h05',
      '2026-12-01T10:05',
    ])
      expect(parseNewsroomDateTime(value, 'Africa/Douala')?.toISOString(), value).toBe(expected);
  });

  it('refuses what is not a date and time', () => {
    for (const value of ['12/01/2026, 12:21 AM', '31/02/2026 10:00', '01/13/2026 10:00', '01/12/2026', 'demain'])
      expect(parseNewsroomDateTime(value, 'Africa/Douala'), value).toBeNull();
  });

  it('writes an instant back day first, in the zone, and names the zone', () => {
    expect(toNewsroomDateTime(new Date('2026-11-30T23:21:00Z'), 'Africa/Douala')).toBe('01/12/2026 00:21');
    expect(timeZoneLabel('Africa/Douala', new Date('2026-12-01T00:00:00Z'))).toEqual({
      city: 'Douala',
      offset: 'UTC+1',
    });
    expect(timeZoneLabel('Europe/Paris', new Date('2026-07-01T00:00:00Z')).offset).toBe('UTC+2');
    expect(timeZoneLabel('America/Port-au-Prince', new Date('2026-01-01T00:00:00Z')).offset).toBe('UTC−5');
    expect(timeZoneLabel('Asia/Kolkata', new Date('2026-01-01T00:00:00Z')).offset).toBe('UTC+5:30');
  });
});
