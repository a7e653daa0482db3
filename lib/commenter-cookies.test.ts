import { beforeAll, describe, expect, it } from 'vitest';
import { issueFormToken, secondsSinceRender } from './commenter-cookies';

beforeAll(() => {
  process.env.AUTH_SECRET ??= 'a secret for the form token tests';
});

describe('the comment form token', () => {
  const now = Date.UTC(2026, 0, 15, 12);

  it('tells the seconds since it was issued, for the article it was issued for', () => {
    const token = issueFormToken(7, now);
    expect(secondsSinceRender(token, 7, now + 2_500)).toBe(2.5);
    expect(secondsSinceRender(token, 7, now + 2 * 86_400_000)).toBe(2 * 86_400);
  });

  it('is worth nothing for another article, altered, forged, from the future or missing', () => {
    const token = issueFormToken(7, now);
    expect(secondsSinceRender(token, 8, now + 5_000)).toBeNull();
    expect(secondsSinceRender(token.replace('7:', '8:'), 8, now + 5_000)).toBeNull();
    expect(secondsSinceRender(`7:${now - 60_000}.forged`, 7, now)).toBeNull();
    expect(secondsSinceRender(issueFormToken(7, now + 60_000), 7, now)).toBeNull();
    expect(secondsSinceRender(undefined, 7, now)).toBeNull();
    expect(secondsSinceRender(null, 7, now)).toBeNull();
  });

  it('moved back in time by hand is caught, since the time is signed', () => {
    const token = issueFormToken(7, now);
    const [payload, mac] = token.split('.');
    const older = payload.replace(String(now), String(now - 3_600_000));
    expect(secondsSinceRender(`${older}.${mac}`, 7, now)).toBeNull();
  });
});
