import { can } from './roles';
import { lastLocalHour, startOfLocalHour } from './local-time';
import type { DigestFrequency, Role } from './vocabulary';

/*
 * The moderators' digest of pending comments: at most one per period (an hour, or a day starting at
 * DAILY_DIGEST_HOUR in the newsroom's zone), sent at the first tick of the period that finds comments waiting.
 * A period is known by the instant it began; the last one sent is stored per member, and a digest is due when
 * the current period began after it, so a restart, a second tick or a clock read twice sends nothing again.
 */

/** A daily digest's day starts at 8:00 in the newsroom's zone: the morning's queue, before the day's shift. */
export const DAILY_DIGEST_HOUR = 8;
/** The oldest pending comments a digest shows, each as an excerpt. */
export const DIGEST_OLDEST = 5;
const EXCERPT_LENGTH = 200;

/** The instant the current period of a frequency began. */
export function digestPeriodStart(frequency: 'hourly' | 'daily', now: Date, timeZone: string): Date {
  return frequency === 'hourly' ? startOfLocalHour(now, timeZone) : lastLocalHour(now, DAILY_DIGEST_HOUR, timeZone);
}

/** A member as the digest's clock reads them. */
export type DigestMember = {
  userId: number;
  role: Role;
  frequency: DigestFrequency;
  lastPeriodStart: Date | null;
  /** Disabled, or invited and never signed up: such an account receives nothing. */
  active: boolean;
};

/** The members due a digest now, each with the period it is for. */
export function dueDigests<M extends DigestMember>(
  members: M[],
  now: Date,
  timeZone: string,
): (M & { frequency: 'hourly' | 'daily'; periodStart: Date })[] {
  return members.flatMap((member) => {
    if (!member.active || !can(member.role, 'moderate') || member.frequency === 'none') return [];
    const periodStart = digestPeriodStart(member.frequency, now, timeZone);
    const due = !member.lastPeriodStart || member.lastPeriodStart < periodStart;
    return due ? [{ ...member, frequency: member.frequency, periodStart }] : [];
  });
}

/** A comment's first words, on one line: a digest lists comments, it does not reproduce them. */
export function commentExcerpt(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
