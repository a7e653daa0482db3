// A staff session ends after this long without a request, whatever the cookie's own 12 hours say.
export const SESSION_IDLE_MS = 2 * 60 * 60_000;
// Last-seen is written at most this often: a page reads the session twice or more, and a write per read
// would make every dashboard request a write.
export const LAST_SEEN_STEP_MS = 60_000;

export type SessionActivity = { kind: 'idle' } | { kind: 'active'; touch: boolean };

/** Whether a session last seen then is still open now, and whether its last-seen is due to be written. */
export function sessionActivity(lastSeenAt: Date, now: Date): SessionActivity {
  const quiet = now.getTime() - lastSeenAt.getTime();
  if (quiet >= SESSION_IDLE_MS) return { kind: 'idle' };
  return { kind: 'active', touch: quiet >= LAST_SEEN_STEP_MS };
}
