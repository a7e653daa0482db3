import { countLinks } from './comment-links';
import type { Settings } from './settings';
import type { CommentMode } from './vocabulary';
import { findListedWord } from './word-match';

/*
 * Where a new comment goes, first matching rule wins:
 *
 *  1. comments closed (lib/comments-open.ts)                     → refused 'closed'
 *  2. same body already on this article (not itself)            → refused 'duplicate'
 *  3. previous comment less than floodIntervalSeconds ago       → refused 'flood'           (new comments only)
 *  4. lastHourCount ≥ hourlyCap                                  → refused 'hourly-cap'      (new comments only)
 *  5. honeypot filled                                            → spam 'honeypot'           (new comments only)
 *  6. form token missing/forged or sent under minSubmitSeconds  → spam 'too-fast'           (new comments only)
 *  7. commenter blocked by staff                                 → spam 'blocked-commenter'
 *  8. a block word in the body or the site URL                   → spam 'block-word'
 *  9. the article is in a surge of comments (db/comment-surges)  → pending 'surge'
 * 10. mode 'hold-all'                                            → pending 'hold-all'
 * 11. article in 'moderated' mode                                → pending 'moderated-article'
 * 12. a hold word in the body or the site URL                    → pending 'hold-word'
 * 13. links (site URL included) ≥ linkThreshold                  → pending 'links'
 * 14. form token older than formTokenMaxAgeSeconds              → pending 'stale-form'      (new comments only)
 * 15. mode 'approve-all'                                         → approved 'approve-all'
 * 16. commenter trusted by staff                                 → approved 'trusted-commenter'
 * 17. commenter has an approved comment already (not this one)   → approved 'returning-commenter'
 * 18. otherwise                                                  → pending 'first-comment'
 *
 * Refusals come first: they are answered with an error and store nothing. Spam is checked before the
 * hold rules so that a spammer's comment never lands in the moderators' queue. The caller must answer
 * a spam decision exactly like a held one ("en attente de modération"), so a spammer learns nothing.
 *
 * An author's edit (action 'edit') goes through the same rules but those about the act of posting, and
 * `decideEdit` then keeps the comment where it was unless the new text judges worse: an edit can send an
 * approved comment back to the queue, never take a held one out of it.
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
  | { code: 'surge' }
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
  /** 'edit': the author changes a comment already stored; the facts below then leave that comment out. */
  action?: 'create' | 'edit';
  body: string;
  authorUrl: string | null;
  /** commentsOpen: lib/comments-open.ts areCommentsOpen, the one rule for a closed discussion. */
  article: { commentMode: CommentMode; commentsOpen: boolean; surging?: boolean };
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

type Rule = {
  /** Rules about the act of posting (speed, form token) say nothing about an edit. */
  onEdit: boolean;
  decide: (input: PolicyInput) => Decision | null;
};

// Spam sites hide their keywords in the commenter's URL as often as in the text.
const matchedText = ({ body, authorUrl }: Pick<PolicyInput, 'body' | 'authorUrl'>) =>
  authorUrl ? `${body}\n${authorUrl}` : body;

// A NaN or infinite age can only come from a tampered token: treated like a missing one.
const formAge = ({ secondsSinceRender }: PolicyInput['signals']) =>
  secondsSinceRender !== null && Number.isFinite(secondsSinceRender) ? secondsSinceRender : null;

const closed = ({ article }: Pick<PolicyInput, 'article'>) => (article.commentsOpen ? null : refuse('closed'));
const duplicate = ({ recent }: Pick<PolicyInput, 'recent'>) => (recent.sameBodyOnArticle ? refuse('duplicate') : null);
const flood = ({ recent, settings }: Pick<PolicyInput, 'recent' | 'settings'>) =>
  recent.secondsSinceLast !== null && recent.secondsSinceLast < settings.floodIntervalSeconds ? refuse('flood') : null;
const hourlyCap = ({ recent, settings }: Pick<PolicyInput, 'recent' | 'settings'>) =>
  recent.lastHourCount >= settings.hourlyCap ? refuse('hourly-cap') : null;
const honeypot = ({ signals }: Pick<PolicyInput, 'signals'>) =>
  signals.honeypotFilled ? spam({ code: 'honeypot' }) : null;
const tooFast = ({ signals, settings }: Pick<PolicyInput, 'signals' | 'settings'>) => {
  const seconds = formAge(signals);
  if (seconds === null) return spam({ code: 'too-fast', seconds: null });
  return seconds < settings.minSubmitSeconds ? spam({ code: 'too-fast', seconds }) : null;
};
const blocked = ({ commenter }: Pick<PolicyInput, 'commenter'>) =>
  commenter.blocked ? spam({ code: 'blocked-commenter' }) : null;
const blockWord = (input: Pick<PolicyInput, 'body' | 'authorUrl' | 'settings'>) => {
  const word = findListedWord(matchedText(input), input.settings.blockWords);
  return word === null ? null : spam({ code: 'block-word', word });
};
const surge = ({ article }: Pick<PolicyInput, 'article'>) => (article.surging ? pending({ code: 'surge' }) : null);
const holdAll = ({ settings }: Pick<PolicyInput, 'settings'>) =>
  settings.moderationMode === 'hold-all' ? pending({ code: 'hold-all' }) : null;
const moderatedArticle = ({ article }: Pick<PolicyInput, 'article'>) =>
  article.commentMode === 'moderated' ? pending({ code: 'moderated-article' }) : null;
const holdWord = (input: Pick<PolicyInput, 'body' | 'authorUrl' | 'settings'>) => {
  const word = findListedWord(matchedText(input), input.settings.holdWords);
  return word === null ? null : pending({ code: 'hold-word', word });
};
const links = ({ body, authorUrl, settings }: Pick<PolicyInput, 'body' | 'authorUrl' | 'settings'>) => {
  const count = countLinks(body, authorUrl);
  return count >= settings.linkThreshold ? pending({ code: 'links', count }) : null;
};
const staleForm = ({ signals }: Pick<PolicyInput, 'signals'>) => {
  const seconds = formAge(signals);
  return seconds !== null && seconds > formTokenMaxAgeSeconds ? pending({ code: 'stale-form' }) : null;
};
const approveAll = ({ settings }: Pick<PolicyInput, 'settings'>) =>
  settings.moderationMode === 'approve-all' ? approved({ code: 'approve-all' }) : null;
const trusted = ({ commenter }: Pick<PolicyInput, 'commenter'>) =>
  commenter.trusted ? approved({ code: 'trusted-commenter' }) : null;
const returning = ({ commenter }: Pick<PolicyInput, 'commenter'>) =>
  commenter.approvedCount > 0 ? approved({ code: 'returning-commenter' }) : null;

const rules: Rule[] = [
  { onEdit: true, decide: closed },
  { onEdit: true, decide: duplicate },
  { onEdit: false, decide: flood },
  { onEdit: false, decide: hourlyCap },
  { onEdit: false, decide: honeypot },
  { onEdit: false, decide: tooFast },
  { onEdit: true, decide: blocked },
  { onEdit: true, decide: blockWord },
  { onEdit: true, decide: surge },
  { onEdit: true, decide: holdAll },
  { onEdit: true, decide: moderatedArticle },
  { onEdit: true, decide: holdWord },
  { onEdit: true, decide: links },
  { onEdit: false, decide: staleForm },
  { onEdit: true, decide: approveAll },
  { onEdit: true, decide: trusted },
  { onEdit: true, decide: returning },
];

export function decideComment(input: PolicyInput): Decision {
  const editing = input.action === 'edit';
  for (const rule of rules) {
    if (editing && !rule.onEdit) continue;
    const decision = rule.decide(input);
    if (decision) return decision;
  }
  return pending({ code: 'first-comment' });
}

const standing = { approved: 0, pending: 1, spam: 2 } as const;

/**
 * Where an edited comment goes: the policy's judgement of the new text when it is worse than where the
 * comment stands (approved → pending or spam), else the comment stays as it was, with its reason.
 */
export function decideEdit(
  current: { status: 'approved' | 'pending' | 'spam'; heldReason: string | null },
  decision: Decision,
):
  | { kind: 'refuse'; refusal: Refusal }
  | { kind: 'store'; status: 'approved' | 'pending' | 'spam'; heldReason: string } {
  if (decision.kind === 'refuse') return decision;
  if (standing[decision.status] > standing[current.status])
    return { kind: 'store', status: decision.status, heldReason: describeReason(decision.reason) };
  return { kind: 'store', status: current.status, heldReason: current.heldReason ?? describeReason(decision.reason) };
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
  'surge',
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
