import { countLinks } from './comment-links';
import type { Settings } from './settings';
import type { CommentMode } from './vocabulary';
import { findListedWord } from './word-match';

/*
 * Where a new comment goes, first matching rule wins:
 *
 *  1. comments closed (lib/comments-open.ts)                     → refused 'closed'
 *  2. same body already on this article                         → refused 'duplicate'
 *  3. previous comment less than floodIntervalSeconds ago       → refused 'flood'
 *  4. lastHourCount ≥ hourlyCap                                  → refused 'hourly-cap'
 *  5. honeypot filled                                            → spam 'honeypot'
 *  6. form token missing/forged or sent under minSubmitSeconds  → spam 'too-fast'
 *  7. commenter blocked by staff                                 → spam 'blocked-commenter'
 *  8. a block word in the body or the site URL                   → spam 'block-word'
 *  9. mode 'hold-all'                                            → pending 'hold-all'
 * 10. article in 'moderated' mode                                → pending 'moderated-article'
 * 11. a hold word in the body or the site URL                    → pending 'hold-word'
 * 12. links (site URL included) ≥ linkThreshold                  → pending 'links'
 * 13. form token older than formTokenMaxAgeSeconds              → pending 'stale-form'
 * 14. mode 'approve-all'                                         → approved 'approve-all'
 * 15. commenter trusted by staff                                 → approved 'trusted-commenter'
 * 16. commenter has an approved comment already                  → approved 'returning-commenter'
 * 17. otherwise                                                  → pending 'first-comment'
 *
 * Refusals come first: they are answered with an error and store nothing. Spam is checked before the
 * hold rules so that a spammer's comment never lands in the moderators' queue. The caller must answer
 * a spam decision exactly like a held one ("en attente de modération"), so a spammer learns nothing.
 */

export type HeldReason =
  | { code: 'first-comment' }
  | { code: 'links'; count: number }
  | { code: 'hold-word'; word: string }
  | { code: 'block-word'; word: string }
  | { code: 'honeypot' }
  | { code: 'too-fast'; seconds: number | null }
  | { code: 'moderated-article' }
  | { code: 'hold-all' }
  | { code: 'stale-form' }
  | { code: 'blocked-commenter' }
  | { code: 'trusted-commenter' }
  | { code: 'returning-commenter' }
  | { code: 'approve-all' }
  // Set outside the policy: taken down by readers' reports (db/comments.ts reportComment), or put
  // back in the queue or in spam by a moderator.
  | { code: 'reports' }
  | { code: 'staff' };

/**
 * A form token older than this was not issued for this visit: a tab left open for days, or a token
 * kept by a script. Either way a person's text is kept, and a moderator reads it first.
 */
export const formTokenMaxAgeSeconds = 86_400;

export type Refusal = 'duplicate' | 'flood' | 'hourly-cap' | 'closed';

export type PolicyInput = {
  body: string;
  authorUrl: string | null;
  /** commentsOpen: lib/comments-open.ts areCommentsOpen, the one rule for a closed discussion. */
  article: { commentMode: CommentMode; commentsOpen: boolean };
  commenter: { approvedCount: number; trusted: boolean; blocked: boolean };
  recent: { sameBodyOnArticle: boolean; secondsSinceLast: number | null; lastHourCount: number };
  /** secondsSinceRender is null when the form token is missing or forged. */
  signals: { honeypotFilled: boolean; secondsSinceRender: number | null };
  settings: Settings;
};

export type Decision =
  { kind: 'refuse'; refusal: Refusal } | { kind: 'store'; status: 'approved' | 'pending' | 'spam'; reason: HeldReason };

const refuse = (refusal: Refusal): Decision => ({ kind: 'refuse', refusal });
const spam = (reason: HeldReason): Decision => ({ kind: 'store', status: 'spam', reason });
const pending = (reason: HeldReason): Decision => ({ kind: 'store', status: 'pending', reason });
const approved = (reason: HeldReason): Decision => ({ kind: 'store', status: 'approved', reason });

export function decideComment(input: PolicyInput): Decision {
  const { article, commenter, recent, signals, settings } = input;

  if (!article.commentsOpen) return refuse('closed');
  if (recent.sameBodyOnArticle) return refuse('duplicate');
  if (recent.secondsSinceLast !== null && recent.secondsSinceLast < settings.floodIntervalSeconds)
    return refuse('flood');
  if (recent.lastHourCount >= settings.hourlyCap) return refuse('hourly-cap');

  if (signals.honeypotFilled) return spam({ code: 'honeypot' });
  const seconds = signals.secondsSinceRender;
  // A NaN or infinite age can only come from a tampered token: treated like a missing one.
  if (seconds === null || !Number.isFinite(seconds)) return spam({ code: 'too-fast', seconds: null });
  if (seconds < settings.minSubmitSeconds) return spam({ code: 'too-fast', seconds });
  if (commenter.blocked) return spam({ code: 'blocked-commenter' });

  // Spam sites hide their keywords in the commenter's URL as often as in the text.
  const matchedText = input.authorUrl ? `${input.body}\n${input.authorUrl}` : input.body;
  const blockWord = findListedWord(matchedText, settings.blockWords);
  if (blockWord !== null) return spam({ code: 'block-word', word: blockWord });

  if (settings.moderationMode === 'hold-all') return pending({ code: 'hold-all' });
  if (article.commentMode === 'moderated') return pending({ code: 'moderated-article' });
  const holdWord = findListedWord(matchedText, settings.holdWords);
  if (holdWord !== null) return pending({ code: 'hold-word', word: holdWord });
  const links = countLinks(input.body, input.authorUrl);
  if (links >= settings.linkThreshold) return pending({ code: 'links', count: links });
  if (seconds > formTokenMaxAgeSeconds) return pending({ code: 'stale-form' });

  if (settings.moderationMode === 'approve-all') return approved({ code: 'approve-all' });
  if (commenter.trusted) return approved({ code: 'trusted-commenter' });
  if (commenter.approvedCount > 0) return approved({ code: 'returning-commenter' });
  return pending({ code: 'first-comment' });
}

/** The reason as stored in comments.held_reason: "links:3", "hold-word:arnaque", "too-fast:1", "honeypot". */
export function describeReason(reason: HeldReason): string {
  switch (reason.code) {
    case 'links':
      return `links:${reason.count}`;
    case 'hold-word':
    case 'block-word':
      return `${reason.code}:${reason.word}`;
    case 'too-fast':
      return reason.seconds === null ? 'too-fast' : `too-fast:${reason.seconds}`;
    default:
      return reason.code;
  }
}

const argumentlessCodes = [
  'first-comment',
  'honeypot',
  'moderated-article',
  'hold-all',
  'stale-form',
  'blocked-commenter',
  'trusted-commenter',
  'returning-commenter',
  'approve-all',
  'reports',
  'staff',
] as const;

type ArgumentlessCode = (typeof argumentlessCodes)[number];

function isArgumentlessCode(code: string): code is ArgumentlessCode {
  return (argumentlessCodes as readonly string[]).includes(code);
}

/** The inverse of describeReason; null for an empty or unrecognised value (old rows, hand edits). */
export function parseStoredReason(stored: string | null): HeldReason | null {
  if (!stored) return null;
  const colon = stored.indexOf(':');
  const code = colon === -1 ? stored : stored.slice(0, colon);
  // Everything after the first colon: a listed word may itself contain one.
  const argument = colon === -1 ? null : stored.slice(colon + 1);

  if (argument === null) {
    if (code === 'too-fast') return { code: 'too-fast', seconds: null };
    return isArgumentlessCode(code) ? { code } : null;
  }
  switch (code) {
    case 'links': {
      const count = Number(argument);
      return /^\d+$/.test(argument) && Number.isSafeInteger(count) ? { code: 'links', count } : null;
    }
    case 'hold-word':
    case 'block-word':
      return argument ? { code, word: argument } : null;
    case 'too-fast': {
      const seconds = Number(argument);
      return argument.trim() !== '' && Number.isFinite(seconds) ? { code: 'too-fast', seconds } : null;
    }
    default:
      return null;
  }
}
