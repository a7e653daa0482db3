import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { db, sqlite, rows } = await prepareTestDatabase();
const schema = await import('./schema');
const { articles, auditLog, commenterRules, comments, dataAccessTokens, mailAddresses, mailOutbox, users } = schema;
const { emailHash, sealEmail } = await import('@/lib/commenter-identity');
const { dataLinkMail, dataRequestAllowed, newDataToken } = await import('@/lib/data-access');
const { recordAudit } = await import('./audit');
const { subscribeToReplies } = await import('./mail-subscriptions');
const { writeTransaction } = await import('./index');
const {
  closeDataSession,
  createDataLink,
  eraseCommenterData,
  getCommenterDataForOwner,
  getDataSessionEmailHash,
  isDataLinkUsable,
  openDataSession,
} = await import('./my-data');

const now = new Date(Date.UTC(2026, 0, 15, 12));
const later = (ms: number) => new Date(now.getTime() + ms);
const AWA = 'awa.data@example.com';
const BOB = 'bob.data@example.com';
const AWA_IP = '203.0.113.77';
let articleId: number;

function addComment(email: string, values: Partial<typeof comments.$inferInsert> = {}): number {
  return db
    .insert(comments)
    .values({
      articleId,
      authorName: email.split('.')[0]!,
      authorEmail: sealEmail(email),
      authorEmailHash: emailHash(email),
      body: `Un avis de ${email}.`,
      status: 'approved',
      createdAt: now,
      ip: email === AWA ? AWA_IP : '198.51.100.9',
      userAgent: 'Navigateur de test',
      ...values,
    })
    .returning({ id: comments.id })
    .get().id;
}

function requestLink(email: string, ipHash: string | null = 'client-1') {
  const { token, tokenHash } = newDataToken();
  const outcome = createDataLink({
    emailHash: emailHash(email),
    ipHash,
    since: new Date(now.getTime() - 3_600_000),
    allowed: dataRequestAllowed,
    tokenHash,
    now,
    expiresAt: later(3_600_000),
    mail: dataLinkMail(email, `https://kiosque.example/mes-donnees/lien/${token}`),
  });
  return { outcome, tokenHash };
}

const row = (id: number) => db.select().from(comments).where(eq(comments.id, id)).get();

beforeEach(async () => {
  sqlite.exec(
    'delete from comments; delete from articles; delete from users; delete from sections; delete from mail_outbox; delete from mail_addresses; delete from mail_confirmations; delete from data_access_tokens; delete from data_access_requests; delete from commenter_rules; delete from audit_log;',
  );
  ({ articleId } = rows.article({ slug: 'a', title: 'Le titre', commentCount: 3 }));
});

describe('link requests', () => {
  it('stores a link and queues its message for a known address only', () => {
    addComment(AWA);
    expect(requestLink(AWA).outcome).toBe('sent');
    expect(requestLink('inconnu@example.com').outcome).toBe('unknown');
    const queued = db.select().from(mailOutbox).all();
    expect(queued.map((mail) => [mail.kind, mail.recipientHash])).toEqual([['data-access', emailHash(AWA)]]);
  });

  it('holds three requests an hour per address and ten per client, unknown addresses counted too', () => {
    addComment(AWA);
    addComment(BOB);
    expect([1, 2, 3, 4].map(() => requestLink(AWA, `client-${Math.random()}`).outcome)).toEqual([
      'sent',
      'sent',
      'sent',
      'limited',
    ]);
    for (let n = 0; n < 10; n++) requestLink(`inconnu${n}@example.com`, 'flooder');
    expect(requestLink(BOB, 'flooder').outcome).toBe('limited');
    expect(requestLink(BOB, 'another').outcome).toBe('sent');
    expect(db.select().from(mailOutbox).all()).toHaveLength(4);
  });

  it('knows an address by its subscription alone, and never by the newsroom’s own replies', () => {
    const staffReply = addComment(BOB, { staffUserId: db.select().from(users).get()!.id });
    expect(requestLink(BOB).outcome).toBe('unknown');
    writeTransaction((tx) => subscribeToReplies(tx, { commentId: staffReply, email: BOB, ipHash: null, now }));
    expect(requestLink(BOB).outcome).toBe('sent');
  });

  it('voids the earlier unused link when a new one is sent', () => {
    addComment(AWA);
    const first = requestLink(AWA);
    const second = requestLink(AWA);
    expect(isDataLinkUsable(first.tokenHash, now)).toBe(false);
    expect(isDataLinkUsable(second.tokenHash, now)).toBe(true);
  });
});

describe('sessions', () => {
  it('opens one session per link, before it expires, and only for its address', () => {
    addComment(AWA);
    const { tokenHash } = requestLink(AWA);
    const open = (sessionHash: string, at: Date) =>
      openDataSession({ linkHash: tokenHash, sessionHash, now: at, expiresAt: later(1_800_000) });
    expect(open('session-1', now)).toBe(true);
    // Replayed: the link is used.
    expect(open('session-2', now)).toBe(false);
    expect(getDataSessionEmailHash('session-1', now)).toBe(emailHash(AWA));
    expect(getDataSessionEmailHash('session-2', now)).toBeNull();
    // A link is not a session, and a session expires.
    expect(getDataSessionEmailHash(tokenHash, now)).toBeNull();
    expect(getDataSessionEmailHash('session-1', later(1_800_000))).toBeNull();
    closeDataSession('session-1');
    expect(getDataSessionEmailHash('session-1', now)).toBeNull();
  });

  it('refuses an expired link', () => {
    addComment(AWA);
    const { tokenHash } = requestLink(AWA);
    expect(
      openDataSession({ linkHash: tokenHash, sessionHash: 's', now: later(3_600_000), expiresAt: later(5_000_000) }),
    ).toBe(false);
  });
});

describe('getCommenterDataForOwner', () => {
  it('gives one address’s comments with their e-mail and IP, and nobody else’s', () => {
    const mine = addComment(AWA);
    addComment(BOB, { parentId: mine });
    writeTransaction((tx) => subscribeToReplies(tx, { commentId: mine, email: AWA, ipHash: null, now }));
    const data = getCommenterDataForOwner(emailHash(AWA));
    expect(data.comments).toHaveLength(1);
    expect(data.comments[0]).toMatchObject({
      id: mine,
      email: AWA,
      ip: AWA_IP,
      article: { title: 'Le titre', slug: 'a' },
    });
    expect(JSON.stringify(data)).not.toContain('bob');
    expect(data.subscription).toEqual({ confirmedAt: null, commentIds: [mine] });
  });
});

describe('eraseCommenterData', () => {
  function setUpAwa() {
    const answered = addComment(AWA);
    const bobsReply = addComment(BOB, { parentId: answered });
    const alone = addComment(AWA, { status: 'pending' });
    const ownReply = addComment(AWA, { parentId: alone });
    writeTransaction((tx) => subscribeToReplies(tx, { commentId: answered, email: AWA, ipHash: 'ip-awa', now }));
    db.insert(commenterRules)
      .values({ kind: 'trust', emailHash: emailHash(AWA) })
      .run();
    db.insert(commenterRules).values({ kind: 'block', ip: AWA_IP }).run();
    db.insert(commenterRules).values({ kind: 'block', ip: '192.0.2.1' }).run();
    recordAudit([
      {
        userId: null,
        action: 'comment.edit',
        targetType: 'comment',
        targetId: answered,
        details: { batch: 'b', before: 'texte avant', after: 'texte après' },
      },
      { userId: null, action: 'commenter.block', targetType: 'comment', targetId: alone, details: { ip: AWA_IP } },
    ]);
    requestLink(AWA);
    return { answered, bobsReply, alone, ownReply };
  }

  it('deletes the comments, keeps others’ replies under an empty shell, and forgets the address everywhere', () => {
    const { answered, bobsReply, alone, ownReply } = setUpAwa();
    const report = eraseCommenterData({ emailHash: emailHash(AWA), mode: 'delete', anonymousName: 'Anonyme', now });
    expect(report).toEqual({ deleted: 2, emptied: 1, anonymised: 0, articleIds: [articleId] });
    expect(row(alone)).toBeUndefined();
    expect(row(ownReply)).toBeUndefined();
    expect(row(answered)).toMatchObject({ body: '', authorName: '', authorEmailHash: '', ip: null, deletedAt: now });
    expect(row(bobsReply)).toMatchObject({ parentId: answered, authorEmailHash: emailHash(BOB) });
    // Two approved comments of Awa's were counted: the shell and her own reply are no longer.
    expect(db.select().from(articles).get()!.commentCount).toBe(1);
    expect(
      db
        .select()
        .from(commenterRules)
        .all()
        .map((rule) => rule.ip),
    ).toEqual(['192.0.2.1']);
    expect(db.select().from(mailAddresses).all()).toEqual([]);
    expect(db.select().from(mailOutbox).all()).toEqual([]);
    expect(db.select().from(dataAccessTokens).all()).toEqual([]);
    expect(sqlite.prepare('select count(*) as n from data_access_requests').get()).toEqual({ n: 0 });
    const audit = db.select().from(auditLog).all();
    expect(audit.find((entry) => entry.action === 'commenter.erase')).toMatchObject({
      userId: null,
      ip: null,
      details: JSON.stringify({ mode: 'delete', deleted: 2, emptied: 1, anonymised: 0 }),
    });
    const all = JSON.stringify(audit);
    for (const trace of ['texte avant', AWA_IP, AWA, emailHash(AWA)]) expect(all).not.toContain(trace);
  });

  it('anonymises instead when asked: the texts stay, signed with the name given, with nothing of the author', () => {
    const { answered, alone } = setUpAwa();
    const report = eraseCommenterData({ emailHash: emailHash(AWA), mode: 'anonymise', anonymousName: 'Anonyme', now });
    expect(report.anonymised).toBe(3);
    expect(row(answered)).toMatchObject({
      body: `Un avis de ${AWA}.`,
      authorName: 'Anonyme',
      authorEmail: '',
      authorEmailHash: '',
      ip: null,
      userAgent: null,
      deletedAt: null,
    });
    expect(row(alone)).toMatchObject({ status: 'pending', authorName: 'Anonyme' });
    expect(getCommenterDataForOwner(emailHash(AWA)).comments).toEqual([]);
  });

  it('touches no other commenter', () => {
    setUpAwa();
    const before = getCommenterDataForOwner(emailHash(BOB));
    eraseCommenterData({ emailHash: emailHash(AWA), mode: 'delete', anonymousName: 'Anonyme', now });
    expect(getCommenterDataForOwner(emailHash(BOB))).toEqual(before);
  });

  it('leaves no trace of the address or the IP in the database file', () => {
    // The earlier tests' rows, dropped between tests without secure_delete, must not count here.
    sqlite.exec('VACUUM');
    setUpAwa();
    // Enough of them that whole pages are freed: secure_delete FAST would leave those pages as they were.
    for (let n = 0; n < 200; n++) addComment(AWA, { body: `${'Un long avis. '.repeat(80)}${n}` });
    eraseCommenterData({ emailHash: emailHash(AWA), mode: 'delete', anonymousName: 'Anonyme', now });
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const file = fs.readFileSync(process.env.DATABASE_PATH!);
    for (const trace of [AWA_IP, emailHash(AWA), 'texte avant']) expect(file.includes(Buffer.from(trace))).toBe(false);
    expect(sqlite.pragma('secure_delete', { simple: true })).toBe(2);
  });
});
