import { z } from 'zod';
import { articleLimits } from './article-form';
import { cleanText } from './clean-text';
import { dayKey, parseLocalDateTime, startOfLocalDay } from './local-time';

const words = z.preprocess(
  (raw) => (typeof raw === 'string' ? cleanText(raw) : ''),
  z.string().max(articleLimits.heroText),
);

/** A library picture's words as staff post them; alt text may stay empty until an article is published with it. */
export const mediaTextSchema = z
  .object({ alt: words, caption: words, credit: words })
  .transform(({ alt, caption, credit }) => ({ alt, caption: caption || null, credit: credit || null }));

/** The local day typed in the library's date filter ("2026-03-01"), as the instants it spans, or null. */
export function dayRange(day: string, timeZone: string): { since: Date; until: Date } | null {
  const since = parseLocalDateTime(`${day}T00:00`, timeZone);
  if (!since || dayKey(since, timeZone) !== day) return null;
  return { since, until: startOfLocalDay(new Date(since.getTime() + 36 * 3_600_000), timeZone) };
}
