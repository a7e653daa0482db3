import { describe, expect, it } from 'vitest';
import { sessionActivity } from './staff-session';

const now = new Date('2026-01-10T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('sessionActivity', () => {
  it('keeps a session seen within two hours, writing last-seen at most once a minute', () => {
    expect(sessionActivity(ago(0), now)).toEqual({ kind: 'active', touch: false });
    expect(sessionActivity(ago(59_999), now)).toEqual({ kind: 'active', touch: false });
    expect(sessionActivity(ago(60_000), now)).toEqual({ kind: 'active', touch: true });
    expect(sessionActivity(ago(2 * 3_600_000 - 1), now)).toEqual({ kind: 'active', touch: true });
  });

  it('ends a session after two hours without a request', () => {
    expect(sessionActivity(ago(2 * 3_600_000), now)).toEqual({ kind: 'idle' });
    expect(sessionActivity(ago(30 * 3_600_000), now)).toEqual({ kind: 'idle' });
  });
});
