import type { Settings } from './settings';
import { SESSION_IDLE_MS } from './staff-session';

const DAY_MS = 86_400_000;

/** The times before which each kind of personal data is erased (db/retention.ts), from the settings. */
export type RetentionCutoffs = {
  now: Date;
  /** Commenters' IP addresses and user agents; sign-in records, which hold addresses too. */
  addressesBefore: Date;
  /** Spam and trashed comments. */
  discardedBefore: Date;
  /** Staff sessions idle this long are closed already (lib/staff-session.ts): their rows are dead. */
  sessionsIdleBefore: Date;
  /** Records kept for rate limits, whose longest window is a day. */
  limitsBefore: Date;
};

export function retentionCutoffs(
  settings: Pick<Settings, 'retentionIpDays' | 'retentionSpamDays'>,
  now: Date,
): RetentionCutoffs {
  const before = (ms: number) => new Date(now.getTime() - ms);
  return {
    now,
    addressesBefore: before(settings.retentionIpDays * DAY_MS),
    discardedBefore: before(settings.retentionSpamDays * DAY_MS),
    sessionsIdleBefore: before(SESSION_IDLE_MS),
    limitsBefore: before(DAY_MS),
  };
}
