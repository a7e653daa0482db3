import { describe, expect, it } from 'vitest';
import { emailHash } from './commenter-identity';
import { confirmToken, readConfirmToken, readUnsubscribeToken, unsubscribeToken } from './mail-links';
import { secretFor } from './secret';
import { signToken } from './signed-token';

const awa = emailHash('awa@example.com');
const victim = emailHash('victime@example.com');
const now = new Date('2026-12-01T10:00:00Z');

describe('confirmation links', () => {
  it('confirm the address they were made for, for seven days', () => {
    const token = confirmToken(awa, now);
    expect(readConfirmToken(token, now)).toBe(awa);
    expect(readConfirmToken(token, new Date(now.getTime() + 7 * 86_400_000 + 1))).toBeNull();
  });

  it('refuse a forged token: another address in the payload, a made-up MAC, another purpose’s key', () => {
    const [payload, mac] = [
      confirmToken(awa, now).split('.').slice(0, -1).join('.'),
      confirmToken(awa, now).split('.').at(-1),
    ];
    expect(readConfirmToken(`${payload.replace(awa, victim)}.${mac}`, now)).toBeNull();
    expect(readConfirmToken(`${payload}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, now)).toBeNull();
    expect(readConfirmToken(signToken(payload, secretFor('form-token')), now)).toBeNull();
    // An unsubscribe link is no confirmation.
    expect(readConfirmToken(unsubscribeToken(awa, 'all'), now)).toBeNull();
  });
});

describe('unsubscribe links', () => {
  it('name the recipient and what they stop', () => {
    expect(readUnsubscribeToken(unsubscribeToken(awa, { commentId: 42 }))).toEqual({
      emailHash: awa,
      scope: { commentId: 42 },
    });
    expect(readUnsubscribeToken(unsubscribeToken(awa, 'all'))).toEqual({ emailHash: awa, scope: 'all' });
  });

  it('cannot be turned into another recipient’s or widened from one thread to everything', () => {
    const token = unsubscribeToken(awa, { commentId: 42 });
    const mac = token.split('.').at(-1);
    expect(readUnsubscribeToken(`desabonner.${victim}.42.${mac}`)).toBeNull();
    expect(readUnsubscribeToken(`desabonner.${awa}.tout.${mac}`)).toBeNull();
    expect(readUnsubscribeToken(confirmToken(awa, now))).toBeNull();
    expect(readUnsubscribeToken('')).toBeNull();
  });
});
