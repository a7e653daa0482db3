// After this many failed sign-ins for one account, or from one address, within the window, further
// tries are refused for the length of the window.
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** How far back the failures that can still lock lie: a lock starts at most one window ago, after failures spread over one window. */
export const FAILURE_LOOKBACK_MS = 2 * FAILURE_WINDOW_MS;

/**
 * When a locked account or address may try again, or null when it may try now. `failures` are the
 * times of its failed sign-ins over the lookback. The lock starts at the failure that completes
 * MAX_FAILURES within one window and lasts one window. Tries refused while locked are not failures,
 * so they do not extend it: the "15 minutes" of the message holds.
 */
export function lockedUntil(failures: Date[], now: Date): Date | null {
  const times = failures.map((at) => at.getTime()).sort((a, b) => b - a);
  for (let i = 0; i + MAX_FAILURES - 1 < times.length; i++) {
    if (times[i] - times[i + MAX_FAILURES - 1] > FAILURE_WINDOW_MS) continue;
    const until = times[i] + FAILURE_WINDOW_MS;
    return until > now.getTime() ? new Date(until) : null;
  }
  return null;
}
