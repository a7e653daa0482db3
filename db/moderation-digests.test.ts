import { beforeEach, describe, expect, it } from 'vitest';
import { emailHash } from '@/lib/commenter-identity';
import { prepareTestDatabase } from './test-database';

const { db, sqlite } = await prepareTestDatabase();
const { articles, sections, users } = await import('./schema');
const { createComment } = await import('./comments');
const { takeQueuedMail: sentMail } = await import('./test-outbox');
const digests = await import('./moderation-digests');

const zone = 'Africa/Douala';
const tenPast = new Date('2025-12-01T09:10:00Z');
const fiftyPast = new Date('2025-12-01T09:50:00Z');
const nextHour = new Date('2025-12-01T10:05:00Z');
let articleId: number;

function member(email: string, values: { disabled?: boolean; invited?: boolean } = {}): number {
  return db
    .insert(users)
    .values({
      slug: email.split('@')[0]!,
      name: `Modo ${email.split('@')[0]}`,
      email,
      role: 'moderator',
      passwordHash: values.invited ? null : 'x',
      disabledAt: values.disabled ? tenPast : null,
    })
    .returning()
    .get().id;
}

function pendingComment(body: string, createdAt: Date) {
  return createComment({
    articleId,
    parent: null,
    replyToName: null,
    authorName: 'Lectrice',
    authorEmail: 'lectrice.secrete@example.com',
    authorEmailHash: emailHash('lectrice.secrete@example.com'),
    authorUrl: null,
    body,
    status: 'pending',
    heldReason: 'first',
    ip: '203.0.113.77',
    userAgent: null,
    createdAt,
  });
}

beforeEach(() => {
  sqlite.exec(
    'delete from mail_outbox; delete from moderation_digests; delete from comments; delete from articles; delete from users; delete from sections;',
  );
  const sectionId = db.insert(sections).values({ slug: 's', name: 'S' }).returning().get().id;
  const authorId = member('auteur@example.com');
  articleId = db
    .insert(articles)
    .values({
      slug: 'marche',
      title: 'Le marché de Mokolo',
      bodyMarkdown: '',
      bodyHtml: '',
      status: 'published',
      publishedAt: tenPast,
      sectionId,
      authorId,
    })
    .returning()
    .get().id;
});

describe('moderation digests', () => {
  it('sends nothing while the queue is empty, then one digest per period however many ticks', () => {
    const awa = member('awa@example.com');
    digests.setDigestFrequency(awa, 'hourly');
    expect(digests.queueModerationDigests(tenPast, zone)).toBe(0);
    pendingComment('Le prix du plantain a doublé.', new Date('2025-12-01T08:00:00Z'));
    pendingComment('Deuxième avis.', new Date('2025-12-01T08:30:00Z'));
    // A tick, the same tick again (a second server), a later tick in the same hour: one digest.
    expect(digests.queueModerationDigests(fiftyPast, zone)).toBe(1);
    expect(digests.queueModerationDigests(fiftyPast, zone)).toBe(0);
    expect(digests.queueModerationDigests(new Date('2025-12-01T09:59:59Z'), zone)).toBe(0);
    const [digest, ...rest] = sentMail();
    expect(rest).toEqual([]);
    expect(digest).toMatchObject({
      kind: 'moderation-digest',
      to: 'awa@example.com',
      subject: '2 commentaires attendent votre modération – Kiosque',
    });
    const text = digest!.content!.text;
    expect(text).toContain('Bonjour Modo awa,');
    expect(text).toContain('Lectrice, sur « Le marché de Mokolo », le 1er décembre 2025 à 9 h 00 :');
    expect(text).toContain('> Le prix du plantain a doublé.');
    expect(text).toContain('/admin/commentaires');
    expect(text.indexOf('plantain')).toBeLessThan(text.indexOf('Deuxième'));
    for (const secret of ['lectrice.secrete@example.com', '203.0.113.77'])
      expect(JSON.stringify(digest)).not.toContain(secret);
    // The next hour is a new period.
    expect(digests.queueModerationDigests(nextHour, zone)).toBe(1);
  });

  it('remembers the period across a change of mind: none, then hourly again in the same hour, sends nothing twice', () => {
    const awa = member('awa@example.com');
    pendingComment('En attente.', tenPast);
    digests.setDigestFrequency(awa, 'hourly');
    expect(digests.queueModerationDigests(tenPast, zone)).toBe(1);
    digests.setDigestFrequency(awa, 'none');
    expect(digests.getDigestFrequency(awa)).toBe('none');
    expect(digests.queueModerationDigests(nextHour, zone)).toBe(0);
    digests.setDigestFrequency(awa, 'hourly');
    expect(digests.queueModerationDigests(nextHour, zone)).toBe(1);
    expect(digests.queueModerationDigests(nextHour, zone)).toBe(0);
  });

  it('sends nothing to a disabled account or an invitation never taken up, nor to who never chose', () => {
    pendingComment('En attente.', tenPast);
    digests.setDigestFrequency(member('parti@example.com', { disabled: true }), 'hourly');
    digests.setDigestFrequency(member('invite@example.com', { invited: true }), 'daily');
    member('silencieux@example.com');
    expect(digests.getDigestFrequency(member('autre@example.com'))).toBe('none');
    expect(digests.queueModerationDigests(fiftyPast, zone)).toBe(0);
    expect(sentMail()).toEqual([]);
  });

  it('shows the five oldest of a long queue, and counts them all', () => {
    digests.setDigestFrequency(member('awa@example.com'), 'daily');
    for (let i = 0; i < 7; i++) pendingComment(`Avis numéro ${i}`, new Date(tenPast.getTime() - (7 - i) * 60_000));
    expect(digests.queueModerationDigests(fiftyPast, zone)).toBe(1);
    const [digest] = sentMail();
    expect(digest!.subject).toBe('7 commentaires attendent votre modération – Kiosque');
    expect(digest!.content!.text).toContain('Les 5 plus anciens :');
    expect(digest!.content!.text).toContain('Avis numéro 4');
    expect(digest!.content!.text).not.toContain('Avis numéro 5');
  });
});
