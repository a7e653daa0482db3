import { describe, expect, it } from 'vitest';
import {
  decideComment,
  decideEdit,
  describeReason,
  formTokenMaxAgeSeconds,
  parseStoredReason,
  type HeldReason,
  type PolicyInput,
} from './moderation-policy';
import { defaultSettings, type Settings } from './settings';

type Overrides = {
  body?: string;
  authorUrl?: string | null;
  article?: Partial<PolicyInput['article']>;
  commenter?: Partial<PolicyInput['commenter']>;
  recent?: Partial<PolicyInput['recent']>;
  signals?: Partial<PolicyInput['signals']>;
  settings?: Partial<Settings>;
};

// A first comment that passes every check: the policy's baseline answer is "pending, first comment".
function input(o: Overrides = {}): PolicyInput {
  return {
    body: o.body ?? 'Un avis argumenté sur la CEMAC.',
    authorUrl: o.authorUrl ?? null,
    article: { commentMode: 'open', commentsOpen: true, ...o.article },
    commenter: { approvedCount: 0, trusted: false, blocked: false, ...o.commenter },
    recent: { sameBodyOnArticle: false, secondsSinceLast: null, lastHourCount: 0, ...o.recent },
    signals: { honeypotFilled: false, secondsSinceRender: 20, ...o.signals },
    settings: { ...defaultSettings, holdWords: ['arnaque'], blockWords: ['casino'], ...o.settings },
  };
}

const returning = { commenter: { approvedCount: 4 } };

describe('decideComment, one rule at a time', () => {
  it('refuses when comments are closed (by staff or past the closing date: lib/comments-open.ts)', () => {
    expect(decideComment(input({ article: { commentsOpen: false } }))).toEqual({ kind: 'refuse', refusal: 'closed' });
  });

  it('refuses a duplicate', () => {
    expect(decideComment(input({ recent: { sameBodyOnArticle: true } }))).toEqual({
      kind: 'refuse',
      refusal: 'duplicate',
    });
  });

  it('refuses a comment sent within the flood interval', () => {
    expect(decideComment(input({ ...returning, recent: { secondsSinceLast: 14 } }))).toEqual({
      kind: 'refuse',
      refusal: 'flood',
    });
    expect(decideComment(input({ ...returning, recent: { secondsSinceLast: 15 } }))).toEqual({
      kind: 'store',
      status: 'approved',
      reason: { code: 'returning-commenter' },
    });
  });

  it('refuses past the hourly cap', () => {
    expect(decideComment(input({ ...returning, recent: { lastHourCount: 10 } }))).toEqual({
      kind: 'refuse',
      refusal: 'hourly-cap',
    });
    expect(decideComment(input({ ...returning, recent: { lastHourCount: 9 } }))).toMatchObject({
      kind: 'store',
      status: 'approved',
    });
  });

  it('marks a filled honeypot as spam', () => {
    expect(decideComment(input({ signals: { honeypotFilled: true } }))).toEqual({
      kind: 'store',
      status: 'spam',
      reason: { code: 'honeypot' },
    });
  });

  it('marks a form sent too fast as spam, with the seconds', () => {
    expect(decideComment(input({ signals: { secondsSinceRender: 2 } }))).toEqual({
      kind: 'store',
      status: 'spam',
      reason: { code: 'too-fast', seconds: 2 },
    });
    expect(decideComment(input({ signals: { secondsSinceRender: 3 } }))).toMatchObject({ status: 'pending' });
  });

  it('marks a missing or forged form token as spam', () => {
    expect(decideComment(input({ signals: { secondsSinceRender: null } }))).toEqual({
      kind: 'store',
      status: 'spam',
      reason: { code: 'too-fast', seconds: null },
    });
    expect(decideComment(input({ signals: { secondsSinceRender: Number.NaN } }))).toEqual({
      kind: 'store',
      status: 'spam',
      reason: { code: 'too-fast', seconds: null },
    });
  });

  it('holds a returning commenter whose form token is more than a day old, keeping the text', () => {
    const day = formTokenMaxAgeSeconds;
    expect(decideComment(input({ ...returning, signals: { secondsSinceRender: day + 1 } }))).toEqual({
      kind: 'store',
      status: 'pending',
      reason: { code: 'stale-form' },
    });
    expect(decideComment(input({ ...returning, signals: { secondsSinceRender: day } }))).toMatchObject({
      status: 'approved',
    });
    // A stale token is no excuse for a spam signal: the too-fast and honeypot rules come first.
    expect(decideComment(input({ signals: { secondsSinceRender: day + 1, honeypotFilled: true } }))).toMatchObject({
      status: 'spam',
    });
  });

  it('marks a blocked commenter as spam', () => {
    expect(decideComment(input({ commenter: { blocked: true } }))).toEqual({
      kind: 'store',
      status: 'spam',
      reason: { code: 'blocked-commenter' },
    });
  });

  it('marks a block word as spam, naming the word', () => {
    expect(decideComment(input({ ...returning, body: 'Le meilleur CASINO en ligne' }))).toEqual({
      kind: 'store',
      status: 'spam',
      reason: { code: 'block-word', word: 'casino' },
    });
  });

  it("finds block words in the commenter's site too", () => {
    expect(decideComment(input({ ...returning, authorUrl: 'https://super-casino.example/' }))).toEqual({
      kind: 'store',
      status: 'spam',
      reason: { code: 'block-word', word: 'casino' },
    });
  });

  it('holds everything in hold-all mode', () => {
    expect(decideComment(input({ ...returning, settings: { moderationMode: 'hold-all' } }))).toEqual({
      kind: 'store',
      status: 'pending',
      reason: { code: 'hold-all' },
    });
  });

  it('holds every comment of a moderated article', () => {
    expect(decideComment(input({ ...returning, article: { commentMode: 'moderated' } }))).toEqual({
      kind: 'store',
      status: 'pending',
      reason: { code: 'moderated-article' },
    });
  });

  it('holds a hold word, naming the word', () => {
    expect(decideComment(input({ ...returning, body: 'Attention, une Arnaque !' }))).toEqual({
      kind: 'store',
      status: 'pending',
      reason: { code: 'hold-word', word: 'arnaque' },
    });
  });

  it('holds a comment with as many links as the threshold, with the count', () => {
    expect(decideComment(input({ ...returning, body: 'https://a.cm et www.b.cm' }))).toEqual({
      kind: 'store',
      status: 'pending',
      reason: { code: 'links', count: 2 },
    });
    expect(decideComment(input({ ...returning, body: 'https://a.cm seulement' }))).toMatchObject({
      status: 'approved',
    });
  });

  it("counts the commenter's site as a link", () => {
    expect(decideComment(input({ ...returning, body: 'voir https://a.cm', authorUrl: 'https://blog.cm/' }))).toEqual({
      kind: 'store',
      status: 'pending',
      reason: { code: 'links', count: 2 },
    });
  });

  it('approves everything left in approve-all mode', () => {
    expect(decideComment(input({ settings: { moderationMode: 'approve-all' } }))).toEqual({
      kind: 'store',
      status: 'approved',
      reason: { code: 'approve-all' },
    });
  });

  it('approves a trusted commenter', () => {
    expect(decideComment(input({ commenter: { trusted: true } }))).toEqual({
      kind: 'store',
      status: 'approved',
      reason: { code: 'trusted-commenter' },
    });
  });

  it('approves a commenter who already has an approved comment', () => {
    expect(decideComment(input({ commenter: { approvedCount: 1 } }))).toEqual({
      kind: 'store',
      status: 'approved',
      reason: { code: 'returning-commenter' },
    });
  });

  it("holds a first comment in the default 'hold-first' mode", () => {
    expect(decideComment(input())).toEqual({ kind: 'store', status: 'pending', reason: { code: 'first-comment' } });
  });
});

describe('decideComment, order of the rules', () => {
  const everything: Overrides = {
    body: 'arnaque casino https://a.cm https://b.cm',
    article: { commentMode: 'closed', commentsOpen: false },
    commenter: { blocked: true, trusted: true, approvedCount: 3 },
    recent: { sameBodyOnArticle: true, secondsSinceLast: 1, lastHourCount: 99 },
    signals: { honeypotFilled: true, secondsSinceRender: 0 },
  };

  it('refuses closed before duplicate, duplicate before flood, flood before the hourly cap', () => {
    expect(decideComment(input(everything))).toEqual({ kind: 'refuse', refusal: 'closed' });
    const open = { ...everything, article: { commentMode: 'open' as const, commentsOpen: true } };
    expect(decideComment(input(open))).toEqual({ kind: 'refuse', refusal: 'duplicate' });
    const fresh = { ...open, recent: { ...open.recent, sameBodyOnArticle: false } };
    expect(decideComment(input(fresh))).toEqual({ kind: 'refuse', refusal: 'flood' });
    expect(decideComment(input({ ...fresh, recent: { lastHourCount: 99 } }))).toEqual({
      kind: 'refuse',
      refusal: 'hourly-cap',
    });
  });

  it('refuses before marking as spam', () => {
    expect(decideComment(input({ recent: { lastHourCount: 10 }, signals: { honeypotFilled: true } }))).toEqual({
      kind: 'refuse',
      refusal: 'hourly-cap',
    });
  });

  it('checks honeypot, then speed, then blocked commenter, then block words', () => {
    const spammy: Overrides = {
      body: 'casino',
      commenter: { blocked: true },
      signals: { honeypotFilled: true, secondsSinceRender: 0 },
    };
    expect(decideComment(input(spammy))).toMatchObject({ status: 'spam', reason: { code: 'honeypot' } });
    expect(decideComment(input({ ...spammy, signals: { secondsSinceRender: 0 } }))).toMatchObject({
      status: 'spam',
      reason: { code: 'too-fast', seconds: 0 },
    });
    expect(decideComment(input({ ...spammy, signals: {} }))).toMatchObject({
      status: 'spam',
      reason: { code: 'blocked-commenter' },
    });
    expect(decideComment(input({ body: 'casino' }))).toMatchObject({ status: 'spam', reason: { code: 'block-word' } });
  });

  it('sends spam to spam even for trusted commenters and in approve-all mode', () => {
    expect(
      decideComment(
        input({ body: 'casino', commenter: { trusted: true }, settings: { moderationMode: 'approve-all' } }),
      ),
    ).toMatchObject({ status: 'spam', reason: { code: 'block-word', word: 'casino' } });
  });

  it('gives a block word precedence over hold-all and a moderated article', () => {
    expect(
      decideComment(
        input({ body: 'casino', article: { commentMode: 'moderated' }, settings: { moderationMode: 'hold-all' } }),
      ),
    ).toMatchObject({ status: 'spam', reason: { code: 'block-word' } });
  });

  it('names hold-all before a moderated article, and both before hold words and links', () => {
    const held: Overrides = {
      body: 'arnaque https://a.cm https://b.cm',
      article: { commentMode: 'moderated' },
      settings: { moderationMode: 'hold-all' },
    };
    expect(decideComment(input(held))).toMatchObject({ status: 'pending', reason: { code: 'hold-all' } });
    expect(decideComment(input({ ...held, settings: {} }))).toMatchObject({
      status: 'pending',
      reason: { code: 'moderated-article' },
    });
    expect(decideComment(input({ ...held, article: {}, settings: {} }))).toMatchObject({
      status: 'pending',
      reason: { code: 'hold-word', word: 'arnaque' },
    });
  });

  it('holds hold words and links even for trusted commenters and in approve-all mode', () => {
    const trusted: Overrides = {
      commenter: { trusted: true, approvedCount: 9 },
      settings: { moderationMode: 'approve-all' },
    };
    expect(decideComment(input({ ...trusted, body: 'arnaque' }))).toMatchObject({
      status: 'pending',
      reason: { code: 'hold-word' },
    });
    expect(decideComment(input({ ...trusted, body: 'https://a.cm https://b.cm' }))).toMatchObject({
      status: 'pending',
      reason: { code: 'links', count: 2 },
    });
  });

  it('names approve-all before trusted, trusted before returning', () => {
    expect(
      decideComment(
        input({ commenter: { trusted: true, approvedCount: 2 }, settings: { moderationMode: 'approve-all' } }),
      ),
    ).toMatchObject({
      status: 'approved',
      reason: { code: 'approve-all' },
    });
    expect(decideComment(input({ commenter: { trusted: true, approvedCount: 2 } }))).toMatchObject({
      status: 'approved',
      reason: { code: 'trusted-commenter' },
    });
  });

  it('follows the configured thresholds', () => {
    const settings: Partial<Settings> = {
      floodIntervalSeconds: 60,
      hourlyCap: 3,
      minSubmitSeconds: 10,
      linkThreshold: 4,
    };
    expect(decideComment(input({ ...returning, settings, recent: { secondsSinceLast: 59 } }))).toEqual({
      kind: 'refuse',
      refusal: 'flood',
    });
    expect(decideComment(input({ ...returning, settings, recent: { lastHourCount: 3 } }))).toEqual({
      kind: 'refuse',
      refusal: 'hourly-cap',
    });
    expect(decideComment(input({ ...returning, settings, signals: { secondsSinceRender: 9.5 } }))).toMatchObject({
      reason: { code: 'too-fast', seconds: 9.5 },
    });
    expect(decideComment(input({ ...returning, settings, body: 'a.cm b.cm c.cm' }))).toMatchObject({
      status: 'approved',
    });
    expect(decideComment(input({ ...returning, settings, body: 'a.cm b.cm c.cm d.cm' }))).toMatchObject({
      reason: { code: 'links', count: 4 },
    });
  });
});

describe('describeReason and parseStoredReason', () => {
  const reasons: [HeldReason, string][] = [
    [{ code: 'first-comment' }, 'first-comment'],
    [{ code: 'links', count: 3 }, 'links:3'],
    [{ code: 'hold-word', word: 'arnaque' }, 'hold-word:arnaque'],
    [{ code: 'block-word', word: 'achat en ligne' }, 'block-word:achat en ligne'],
    [{ code: 'block-word', word: 'a:b' }, 'block-word:a:b'],
    [{ code: 'honeypot' }, 'honeypot'],
    [{ code: 'too-fast', seconds: 1 }, 'too-fast:1'],
    [{ code: 'too-fast', seconds: 0.5 }, 'too-fast:0.5'],
    [{ code: 'too-fast', seconds: null }, 'too-fast'],
    [{ code: 'moderated-article' }, 'moderated-article'],
    [{ code: 'hold-all' }, 'hold-all'],
    [{ code: 'blocked-commenter' }, 'blocked-commenter'],
    [{ code: 'trusted-commenter' }, 'trusted-commenter'],
    [{ code: 'returning-commenter' }, 'returning-commenter'],
    [{ code: 'approve-all' }, 'approve-all'],
    [{ code: 'reports' }, 'reports'],
    [{ code: 'staff' }, 'staff'],
  ];

  it.each(reasons)('%o is stored as %s and read back', (reason, stored) => {
    expect(describeReason(reason)).toBe(stored);
    expect(parseStoredReason(stored)).toEqual(reason);
  });

  it('reads unknown or malformed values as null', () => {
    for (const stored of [
      null,
      '',
      'spam',
      'links',
      'links:',
      'links:abc',
      'links:-1',
      'links:1.5',
      'hold-word',
      'hold-word:',
      'too-fast:',
      'too-fast:abc',
      'honeypot:1',
      'constructor',
      '__proto__',
    ]) {
      expect(parseStoredReason(stored), String(stored)).toBeNull();
    }
  });
});

describe('an author’s edit', () => {
  const edit = (o: Overrides) => decideComment({ ...input(o), action: 'edit' });

  it('skips the rules about the act of posting: speed, flood, hourly cap, form token', () => {
    expect(
      edit({
        ...returning,
        recent: { secondsSinceLast: 1, lastHourCount: 99 },
        signals: { secondsSinceRender: null, honeypotFilled: false },
      }),
    ).toEqual({ kind: 'store', status: 'approved', reason: { code: 'returning-commenter' } });
  });

  it('judges the new text like a new one: links, words, blocks, closed discussions', () => {
    expect(edit({ ...returning, body: 'a.cm b.cm c.cm' })).toMatchObject({
      status: 'pending',
      reason: { code: 'links' },
    });
    expect(edit({ ...returning, body: 'casino' })).toMatchObject({ status: 'spam' });
    expect(edit({ ...returning, commenter: { approvedCount: 4, blocked: true } })).toMatchObject({ status: 'spam' });
    expect(edit({ article: { commentsOpen: false } })).toEqual({ kind: 'refuse', refusal: 'closed' });
  });

  it('sends an approved comment that gains three links back to the queue', () => {
    const judged = edit({ ...returning, body: 'https://a.cm https://b.cm https://c.cm' });
    expect(decideEdit({ status: 'approved', heldReason: 'returning-commenter' }, judged)).toEqual({
      kind: 'store',
      status: 'pending',
      heldReason: 'links:3',
    });
  });

  it('never takes a held comment out of the queue, nor spam out of spam', () => {
    const clean = edit(returning);
    expect(decideEdit({ status: 'pending', heldReason: 'reports' }, clean)).toEqual({
      kind: 'store',
      status: 'pending',
      heldReason: 'reports',
    });
    expect(decideEdit({ status: 'spam', heldReason: 'honeypot' }, clean)).toMatchObject({ status: 'spam' });
  });

  it('passes a refusal on', () => {
    expect(decideEdit({ status: 'approved', heldReason: null }, { kind: 'refuse', refusal: 'duplicate' })).toEqual({
      kind: 'refuse',
      refusal: 'duplicate',
    });
  });
});
