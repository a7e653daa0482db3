import { describe, expect, it } from 'vitest';
import { accountDelayedUntil, decideSignInThrottle, LOCK_WINDOW_MS, lockedUntil } from './login-throttle';

const second = 1_000;
const minute = 60_000;
const now = new Date('2026-03-01T10:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * minute);
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * second);
const times = (n: number, at: (i: number) => Date) => Array.from({ length: n }, (_, i) => at(i));
const after = (at: Date, ms: number) => new Date(at.getTime() + ms);

describe('lockedUntil', () => {
  it('lets max - 1 failures through', () => {
    expect(lockedUntil([ago(4), ago(3), ago(2), ago(1)], 5, now)).toBeNull();
  });

  it('locks for 15 minutes from the failure that completes max within 15 minutes', () => {
    expect(lockedUntil([ago(5), ago(4), ago(3), ago(2), ago(1)], 5, now)).toEqual(after(ago(1), LOCK_WINDOW_MS));
    expect(
      lockedUntil(
        times(5, () => now),
        5,
        now,
      ),
    ).toEqual(after(now, LOCK_WINDOW_MS));
    expect(
      lockedUntil(
        times(19, () => ago(1)),
        20,
        now,
      ),
    ).toBeNull();
    expect(
      lockedUntil(
        times(20, () => ago(1)),
        20,
        now,
      ),
    ).toEqual(after(ago(1), LOCK_WINDOW_MS));
  });

  it('does not lock when the failures are spread over more than 15 minutes', () => {
    expect(lockedUntil([ago(20), ago(10), ago(3), ago(2), ago(1)], 5, now)).toBeNull();
  });

  it('unlocks once 15 minutes have passed since the completing failure', () => {
    expect(lockedUntil([ago(20), ago(19), ago(18), ago(17), ago(16)], 5, now)).toBeNull();
    expect(lockedUntil([ago(18), ago(17), ago(16), ago(15), ago(14)], 5, now)).toEqual(after(ago(14), LOCK_WINDOW_MS));
  });

  it('locks again after max more failures once a lock has passed, whatever the order given', () => {
    const before = [ago(29), ago(28), ago(28), ago(27), ago(27)];
    expect(lockedUntil([...before, ago(5), ago(4)], 5, now)).toBeNull();
    expect(lockedUntil([ago(1), ...before, ago(5), ago(4), ago(3), ago(2)], 5, now)).toEqual(
      after(ago(1), LOCK_WINDOW_MS),
    );
  });
});

describe('accountDelayedUntil', () => {
  it('does not slow the first five failures', () => {
    expect(
      accountDelayedUntil(
        times(4, () => now),
        now,
      ),
    ).toBeNull();
  });

  it('then waits 1, 2, 4 seconds after the last failure, never more than 5', () => {
    expect(
      accountDelayedUntil(
        times(5, () => now),
        now,
      ),
    ).toEqual(after(now, 1 * second));
    expect(
      accountDelayedUntil(
        times(6, () => now),
        now,
      ),
    ).toEqual(after(now, 2 * second));
    expect(
      accountDelayedUntil(
        times(7, () => now),
        now,
      ),
    ).toEqual(after(now, 4 * second));
    expect(
      accountDelayedUntil(
        times(8, () => now),
        now,
      ),
    ).toEqual(after(now, 5 * second));
    expect(
      accountDelayedUntil(
        times(5000, () => now),
        now,
      ),
    ).toEqual(after(now, 5 * second));
  });

  it('lets the owner in a few seconds after a flood of failures from elsewhere', () => {
    const flood = times(1000, (i) => secondsAgo(5 + i / 100));
    expect(accountDelayedUntil(flood, now)).toBeNull();
    expect(accountDelayedUntil(flood, secondsAgo(1))).toEqual(after(secondsAgo(5), 5 * second));
  });

  it('forgets failures older than the window', () => {
    expect(accountDelayedUntil([...times(10, () => ago(16)), now], now)).toBeNull();
  });
});

describe('decideSignInThrottle', () => {
  const none = { pair: [], address: [], account: [] };

  it('allows a try with no recent failure', () => {
    expect(decideSignInThrottle(none, now)).toEqual({ kind: 'allowed' });
  });

  it('locks the pair after five failures, but not the account from another address', () => {
    const guesses = times(10, (i) => secondsAgo(60 - i));
    expect(decideSignInThrottle({ pair: guesses, address: guesses, account: guesses }, now)).toEqual({
      kind: 'locked',
      until: after(secondsAgo(51), LOCK_WINDOW_MS),
    });
    expect(decideSignInThrottle({ pair: [], address: [], account: guesses }, now)).toEqual({ kind: 'allowed' });
  });

  it('locks an address after twenty failures across accounts, not after a few typos', () => {
    expect(decideSignInThrottle({ ...none, address: times(19, () => ago(1)) }, now)).toEqual({ kind: 'allowed' });
    expect(decideSignInThrottle({ ...none, address: times(20, () => ago(1)) }, now)).toEqual({
      kind: 'locked',
      until: after(ago(1), LOCK_WINDOW_MS),
    });
  });

  it('slows an account tried from everywhere by seconds', () => {
    expect(decideSignInThrottle({ ...none, account: times(8, () => secondsAgo(1)) }, now)).toEqual({
      kind: 'slowed',
      until: after(secondsAgo(1), 5 * second),
    });
  });

  it('says the later of two locks', () => {
    const pair = times(5, () => ago(10));
    const address = times(20, () => ago(2));
    expect(decideSignInThrottle({ pair, address, account: [] }, now)).toEqual({
      kind: 'locked',
      until: after(ago(2), LOCK_WINDOW_MS),
    });
  });
});
