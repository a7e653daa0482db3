/*
 * Three limits on guessing staff passwords, none of which lets a stranger keep the owner out:
 * - one account from one address: MAX_PAIR_FAILURES failures within the window lock that pair for the
 *   window (the guesser, or the colleague who mistyped, and no one else);
 * - one address whatever the account: MAX_ADDRESS_FAILURES failures lock the address for the window
 *   (high enough that one person's typos, stopped by the first limit, never reach it);
 * - one account from anywhere (a botnet): past ACCOUNT_FREE_FAILURES failures within the window, each try
 *   must wait after the last failure, twice as long each time and never more than ACCOUNT_DELAY_CAP_MS:
 *   guessing slows to one try every few seconds while the owner waits those seconds at most.
 */
export const LOCK_WINDOW_MS = 15 * 60_000;
export const MAX_PAIR_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 20;
export const ACCOUNT_FREE_FAILURES = 5;
export const ACCOUNT_DELAY_BASE_MS = 1_000;
export const ACCOUNT_DELAY_CAP_MS = 5_000;
/** How far back the failures that can still lock lie: a lock starts at most one window ago, after failures spread over one window. */
export const FAILURE_LOOKBACK_MS = 2 * LOCK_WINDOW_MS;

/** The times of recent failed sign-ins, as db/users.ts listRecentLoginFailures gathers them. */
export type LoginFailures = { pair: Date[]; address: Date[]; account: Date[] };

export type SignInThrottle = { kind: 'allowed' } | { kind: 'locked'; until: Date } | { kind: 'slowed'; until: Date };

/**
 * When a locked pair or address may try again, or null when it may try now. The lock starts at the
 * failure that completes `max` within one window and lasts one window. Tries refused meanwhile are not
 * failures, so they do not extend it: the "15 minutes" of the message holds.
 */
export function lockedUntil(failures: Date[], max: number, now: Date): Date | null {
  const times = failures.map((at) => at.getTime()).sort((a, b) => b - a);
  for (let i = 0; i + max - 1 < times.length; i++) {
    if (times[i] - times[i + max - 1] > LOCK_WINDOW_MS) continue;
    const until = times[i] + LOCK_WINDOW_MS;
    return until > now.getTime() ? new Date(until) : null;
  }
  return null;
}

/** When an account tried from everywhere may be tried again, or null when it may be tried now. */
export function accountDelayedUntil(failures: Date[], now: Date): Date | null {
  const recent = failures.map((at) => at.getTime()).filter((at) => now.getTime() - at < LOCK_WINDOW_MS);
  const beyond = recent.length - ACCOUNT_FREE_FAILURES;
  if (beyond < 0) return null;
  const until = Math.max(...recent) + Math.min(ACCOUNT_DELAY_CAP_MS, ACCOUNT_DELAY_BASE_MS * 2 ** beyond);
  return until > now.getTime() ? new Date(until) : null;
}

/** Whether a sign-in may be tried now: a lock first (minutes), else the account's delay (seconds). */
export function decideSignInThrottle(failures: LoginFailures, now: Date): SignInThrottle {
  const locks = [
    lockedUntil(failures.pair, MAX_PAIR_FAILURES, now),
    lockedUntil(failures.address, MAX_ADDRESS_FAILURES, now),
  ]
    .filter((until): until is Date => until !== null)
    .sort((a, b) => b.getTime() - a.getTime());
  if (locks.length > 0) return { kind: 'locked', until: locks[0] };
  const delayed = accountDelayedUntil(failures.account, now);
  return delayed ? { kind: 'slowed', until: delayed } : { kind: 'allowed' };
}
