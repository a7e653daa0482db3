import { beforeEach, describe, expect, it } from 'vitest';
import { emailHash } from '@/lib/commenter-identity';
import { readConfirmToken } from '@/lib/mail-links';
import { prepareTestDatabase } from './test-database';

const { sqlite, rows } = await prepareTestDatabase();
const { writeTransaction } = await import('./index');
const { createComment, createJudgedComment } = await import('./comments');
const { moderateComments } = await import('./moderation-decisions');
const { takeQueuedMail: sentMail } = await import('./test-outbox');
const { updateSettings, getSettings } = await import('./settings');
const subscriptions = await import('./mail-subscriptions');

let articleId: number;
let staffId: number;
const now = new Date();

function comment(email: string, values: { parentId?: number; status?: 'approved' | 'pending'; body?: string } = {}) {
  return createComment({
    articleId,
    parent: values.parentId ? { id: values.parentId, threadId: null, depth: 0 } : null,
    replyToName: null,
    authorName: email.split('@')[0]!,
    authorEmail: email,
    authorEmailHash: emailHash(email),
    authorUrl: null,
    body: values.body ?? `Avis de ${email}`,
    status: values.status ?? 'approved',
    heldReason: '',
    ip: '198.51.100.7',
    userAgent: null,
    createdAt: now,
  });
}

const subscribe = (commentId: number, email: string, ipHash: string | null = 'client-a') =>
  writeTransaction((tx) => subscriptions.subscribeToReplies(tx, { commentId, email, ipHash, now }));

function confirm(email: string) {
  const confirmation = sentMail().find((mail) => mail.to === email && mail.kind === 'subscription-confirm')!;
  const token = decodeURIComponent(/jeton=([^\s"]+)/.exec(confirmation.content!.text)![1]!);
  expect(subscriptions.confirmAddress(readConfirmToken(token, now)!, now)).toBe(true);
}

beforeEach(() => {
  sqlite.exec(
    'delete from mail_outbox; delete from mail_confirmations; delete from mail_addresses; delete from mail_notices; delete from audit_log; delete from comments; delete from articles; delete from users; delete from sections; delete from settings;',
  );
  ({ articleId, authorId: staffId } = rows.article(
    { slug: 'marche', title: 'Le marché', status: 'published', publishedAt: now },
    { name: 'Modo', email: 'modo@example.com', role: 'moderator', passwordHash: 'x' },
  ));
});

describe('reply notifications', () => {
  it('sends a stranger’s address only a confirmation, at most three a day, and nothing when a reply comes', () => {
    const victim = 'victime@example.com';
    const outcomes = [1, 2, 3, 4].map(() => subscribe(comment(victim), victim, `attacker-${Math.random()}`));
    expect(outcomes).toEqual(['confirmation-sent', 'confirmation-sent', 'confirmation-sent', 'limited']);
    const first = comment(victim);
    subscribe(first, victim);
    comment('moussa@example.com', { parentId: first, body: 'Une réponse.' });
    const mail = sentMail();
    expect(mail.map((message) => message.kind)).toEqual(Array(3).fill('subscription-confirm'));
    expect(mail[0]!.subject).toBe('Confirmez votre adresse e-mail – Kiosque');
  });

  it('limits the confirmations one client can have sent to different addresses in an hour', () => {
    const outcomes = Array.from({ length: 11 }, (_, i) =>
      subscribe(comment(`cible${i}@example.com`), `cible${i}@example.com`),
    );
    expect(outcomes.filter((outcome) => outcome === 'confirmation-sent')).toHaveLength(10);
    expect(outcomes.at(-1)).toBe('limited');
  });

  it('tells a confirmed author once of an approved reply, with its text and never the replier’s address', () => {
    const awa = 'awa@example.com';
    const mine = comment(awa);
    expect(subscribe(mine, awa)).toBe('confirmation-sent');
    confirm(awa);
    const reply = comment('moussa.secret@example.com', {
      parentId: mine,
      body: 'Je ne suis pas d’accord.\nPas du tout.',
    });
    const [notice, ...rest] = sentMail();
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({
      kind: 'reply',
      to: awa,
      subject: 'moussa.secret a répondu à votre commentaire sur « Le marché »',
    });
    expect(notice!.content!.text).toContain('> Je ne suis pas d’accord.\n> Pas du tout.');
    expect(notice!.content!.text).toContain(`/commentaire/${reply}`);
    expect(JSON.stringify(notice)).not.toContain('moussa.secret@example.com');
    expect(notice!.content!.unsubscribeUrl).toMatch(/\/api\/desabonnement\?jeton=/);

    // Sent to the trash and approved again: no second message.
    const actor = (batch: string) => ({ staffId, ip: null, batch });
    moderateComments([reply], 'trash', actor('a'));
    moderateComments([reply], 'approve', actor('b'));
    expect(sentMail()).toEqual([]);
    // Already subscribed and confirmed: a second comment of hers follows at once, with no new confirmation.
    expect(subscribe(comment(awa), awa)).toBe('subscribed');
  });

  it('notices a held reply when a moderator approves it, and says "publié" to a held author when the newsroom asks', () => {
    updateSettings({ ...getSettings(), publishedNotice: 'on' }, { staffId, ip: null });
    const awa = 'awa@example.com';
    const mine = comment(awa, { status: 'pending' });
    subscribe(mine, awa);
    confirm(awa);
    const reply = comment('moussa@example.com', { parentId: mine, status: 'pending' });
    expect(sentMail()).toEqual([]);
    moderateComments([mine, reply], 'approve', { staffId, ip: null, batch: 'c' });
    const kinds = sentMail().map((mail) => [mail.kind, mail.to]);
    expect(kinds.sort()).toEqual([
      ['comment-published', awa],
      ['reply', awa],
    ]);
  });

  it('stops the replies to one comment, or everything (asking again then needs a new confirmation)', () => {
    const awa = 'awa@example.com';
    const first = comment(awa);
    const second = comment(awa);
    subscribe(first, awa);
    confirm(awa);
    subscribe(second, awa);
    subscriptions.unsubscribe(emailHash(awa), { commentId: first });
    comment('moussa@example.com', { parentId: first });
    comment('moussa@example.com', { parentId: second, body: 'Sur le second.' });
    expect(sentMail().map((mail) => mail.kind)).toEqual(['reply']);
    subscriptions.unsubscribe(emailHash(awa), 'all');
    comment('moussa@example.com', { parentId: second, body: 'Encore.' });
    expect(sentMail()).toEqual([]);
    expect(subscribe(second, awa)).toBe('confirmation-sent');
  });
});

describe('a comment posted with "Me prévenir"', () => {
  const post = (email: string, body: string) =>
    createJudgedComment(
      {
        articleId,
        parent: null,
        replyToName: null,
        authorName: 'Awa',
        authorEmail: email,
        authorEmailHash: emailHash(email),
        authorUrl: null,
        body,
        ip: '198.51.100.7',
        userAgent: null,
        createdAt: now,
      },
      { surgeComments: 30, surgeMinutes: 10, surgeHoldMinutes: 60 },
      () => ({ status: 'pending', heldReason: 'first' }),
      { ipHash: 'client-a' },
    );
  const count = (table: string) => (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

  it('stores the comment, its subscription and the confirmation together', () => {
    const result = post('awa@example.com', 'Avec abonnement.');
    expect(result).toMatchObject({ status: 'pending' });
    expect(count('comments')).toBe(1);
    expect(count('mail_subscriptions')).toBe(1);
    expect(sentMail().map((mail) => mail.kind)).toEqual(['subscription-confirm']);
  });

  it('leaves neither the comment nor the subscription when the subscription cannot be written', () => {
    sqlite.exec(
      "create temp trigger refuse_subscription before insert on mail_subscriptions begin select raise(abort, 'disque plein'); end",
    );
    try {
      expect(() => post('awa@example.com', 'Sans trace.')).toThrow(/disque plein/);
    } finally {
      sqlite.exec('drop trigger refuse_subscription');
    }
    expect(count('comments')).toBe(0);
    expect(count('mail_addresses')).toBe(0);
    expect(count('mail_outbox')).toBe(0);
  });
});
