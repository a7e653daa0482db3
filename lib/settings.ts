import { z } from 'zod';
import { cleanText } from './clean-text';
import { foldForMatching } from './fold';

export type Settings = {
  moderationMode: 'hold-all' | 'hold-first' | 'approve-all';
  /** This many links or more (the commenter's site counts as one) → held ("liens"). */
  linkThreshold: number;
  /** A comment containing one of these → held. */
  holdWords: string[];
  /** A comment containing one of these → spam. */
  blockWords: string[];
  floodIntervalSeconds: number;
  /** More than this many comments in the last hour from the same IP or e-mail → refused. */
  hourlyCap: number;
  /** Comments close this many days after publication; 0 = never. */
  autoCloseDays: number;
  threadDepth: number;
  threadsPerPage: number;
  threadOrder: 'oldest' | 'newest';
  minSubmitSeconds: number;
  reportsToHide: number;
  /** "Votre commentaire a été publié": an e-mail to the author when a held comment is approved (confirmed addresses only). */
  publishedNotice: 'off' | 'on';
  /** How long the author of a comment may edit or delete it from the browser that posted it; 0 = never. */
  ownEditMinutes: number;
  /** Commenters' IP addresses and user agents are erased this many days after the comment. */
  retentionIpDays: number;
  /** Spam and trashed comments, with what they hold about their author, are deleted after this many days. */
  retentionSpamDays: number;
  /** More than this many comments on one article within surgeMinutes holds its new comments ("afflux"). */
  surgeComments: number;
  surgeMinutes: number;
  /** How long an article's new comments stay held once a surge starts. */
  surgeHoldMinutes: number;
};

export type SettingKey = keyof Settings;

export const defaultSettings: Settings = {
  moderationMode: 'hold-first',
  linkThreshold: 2,
  holdWords: [],
  blockWords: [],
  floodIntervalSeconds: 15,
  hourlyCap: 10,
  autoCloseDays: 14,
  threadDepth: 3,
  threadsPerPage: 30,
  threadOrder: 'oldest',
  minSubmitSeconds: 3,
  reportsToHide: 3,
  publishedNotice: 'off',
  ownEditMinutes: 10,
  retentionIpDays: 30,
  retentionSpamDays: 30,
  surgeComments: 30,
  surgeMinutes: 10,
  surgeHoldMinutes: 60,
};

export const settingKeys = Object.keys(defaultSettings) as SettingKey[];

const MAX_WORDS = 500;
const MAX_WORD_LENGTH = 100;

// Staff forms send a textarea (one entry per line or comma-separated); the stored JSON is an array.
// Entries are cleaned, blanks dropped and duplicates (by matching key) removed, first spelling kept.
const wordList = z.preprocess(
  (raw) => {
    const entries = typeof raw === 'string' ? raw.split(/[\n,]/) : raw;
    if (!Array.isArray(entries)) return entries;
    const seen = new Set<string>();
    const words: unknown[] = [];
    for (const entry of entries) {
      if (typeof entry !== 'string') {
        words.push(entry);
        continue;
      }
      const word = cleanText(entry).replace(/\s+/g, ' ');
      const key = foldForMatching(word);
      if (!word || seen.has(key)) continue;
      seen.add(key);
      words.push(word);
    }
    return words;
  },
  z.array(z.string().max(MAX_WORD_LENGTH)).max(MAX_WORDS),
);

// Coerced because staff forms send strings; but a blank field, null or true must not coerce to 0 or 1.
const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (raw) => (typeof raw === 'number' || (typeof raw === 'string' && raw.trim() !== '') ? raw : undefined),
    z.coerce.number().int().min(min).max(max),
  );

/** The bounds of each numeric setting, for the schema and the staff form (its messages and min/max). */
export const numberBounds = {
  // 0 would hold every comment; "hold-all" says that more plainly.
  linkThreshold: [1, 100],
  floodIntervalSeconds: [0, 3600],
  hourlyCap: [1, 1000],
  autoCloseDays: [0, 3650],
  threadDepth: [1, 10],
  threadsPerPage: [5, 200],
  minSubmitSeconds: [0, 120],
  reportsToHide: [1, 100],
  ownEditMinutes: [0, 120],
  retentionIpDays: [1, 3650],
  retentionSpamDays: [1, 3650],
  surgeComments: [2, 100_000],
  surgeMinutes: [1, 1440],
  surgeHoldMinutes: [1, 10_080],
} as const satisfies Partial<Record<SettingKey, readonly [number, number]>>;

export const wordListLimits = { words: MAX_WORDS, length: MAX_WORD_LENGTH };

export const settingsSchema = z.object({
  moderationMode: z.enum(['hold-all', 'hold-first', 'approve-all']),
  linkThreshold: wholeNumber(...numberBounds.linkThreshold),
  holdWords: wordList,
  blockWords: wordList,
  floodIntervalSeconds: wholeNumber(...numberBounds.floodIntervalSeconds),
  hourlyCap: wholeNumber(...numberBounds.hourlyCap),
  autoCloseDays: wholeNumber(...numberBounds.autoCloseDays),
  threadDepth: wholeNumber(...numberBounds.threadDepth),
  threadsPerPage: wholeNumber(...numberBounds.threadsPerPage),
  threadOrder: z.enum(['oldest', 'newest']),
  minSubmitSeconds: wholeNumber(...numberBounds.minSubmitSeconds),
  reportsToHide: wholeNumber(...numberBounds.reportsToHide),
  publishedNotice: z.enum(['off', 'on']),
  ownEditMinutes: wholeNumber(...numberBounds.ownEditMinutes),
  retentionIpDays: wholeNumber(...numberBounds.retentionIpDays),
  retentionSpamDays: wholeNumber(...numberBounds.retentionSpamDays),
  surgeComments: wholeNumber(...numberBounds.surgeComments),
  surgeMinutes: wholeNumber(...numberBounds.surgeMinutes),
  surgeHoldMinutes: wholeNumber(...numberBounds.surgeHoldMinutes),
}) satisfies z.ZodType<Settings, unknown>;

function decodeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The settings from the key/value rows. A missing, unreadable or out-of-bounds value falls back to its
 * default, so a bad row can never stop comments from working; unknown keys are ignored.
 */
export function parseSettings(stored: Record<string, string>): Settings {
  // A deep copy: a caller adding to its word list must not change the defaults of the whole process.
  const settings = structuredClone(defaultSettings);
  for (const key of settingKeys) {
    if (!Object.hasOwn(stored, key)) continue;
    const parsed = settingsSchema.shape[key].safeParse(decodeJson(stored[key]));
    if (parsed.success) Object.assign(settings, { [key]: parsed.data });
  }
  return settings;
}

/** One settings row as the db layer stores it: the key and its value as JSON text. */
export function serialiseSetting<K extends SettingKey>(key: K, value: Settings[K]): { key: K; value: string } {
  return { key, value: JSON.stringify(value) };
}
