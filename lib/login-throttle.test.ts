import { describe, expect, it } from 'vitest';
import { FAILURE_WINDOW_MS, lockedUntil } from './login-throttle';

const minute = 60_000;
const now = new Date('2026-03-01T10:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * minute);

describe('lockedUntil', () => {
  it('lets four failures through', () => {
    expect(lockedUntil([ago(4), ago(3), ago(2), ago(1)], now)).toBeNull();
  });

  it('locks for 15 minutes from the fifth failure within 15 minutes', () => {
    expect(lockedUntil([ago(5), ago(4), ago(3), ago(2), ago(1)], now)).toEqual(
      new Date(ago(1).getTime() + FAILURE_WINDOW_MS),
    );
    expect(lockedUntil([ago(0), ago(0), ago(0), ago(0), ago(0)], now)).toEqual(
      new Date(now.getTime() + FAILURE_WINDOW_MS),
    );
  });

  it('does not lock when the five failures are spread over more than 15 minutes', () => {
    expect(lockedUntil([ago(20), ago(10), ago(3), ago(2), ago(1)], now)).toBeNull();
  });

  it('unlocks once 15 minutes have passed since the completing failure', () => {
    expect(lockedUntil([ago(20), ago(19), ago(18), ago(17), ago(16)], now)).toBeNull();
    expect(lockedUntil([ago(18), ago(17), ago(16), ago(15), ago(14)], now)).toEqual(
      new Date(ago(14).getTime() + FAILURE_WINDOW_MS),
    );
  });

  it('locks again after five more failures once a lock has passed, whatever the order given', () => {
    const before = [ago(29), ago(28), ago(28), ago(27), ago(27)];
    expect(lockedUntil([...before, ago(5), ago(4)], now)).toBeNull();
    expect(lockedUntil([ago(1), ...before, ago(5), ago(4), ago(3), ago(2)], now)).toEqual(
      new Date(ago(1).getTime() + FAILURE_WINDOW_MS),
    );
  });
});
