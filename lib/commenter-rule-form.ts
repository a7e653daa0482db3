import { z } from 'zod';

const DAY = 86_400_000;
export const ruleDurations = { '1d': DAY, '7d': 7 * DAY, '30d': 30 * DAY, forever: null } as const;

export const commenterRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trust'), commentId: z.coerce.number().int().positive() }),
  z.object({
    kind: z.literal('block'),
    commentId: z.coerce.number().int().positive(),
    on: z.enum(['email', 'ip']),
    duration: z.enum(Object.keys(ruleDurations) as [keyof typeof ruleDurations]),
  }),
]);

/** When a rule of this duration, made now, stops applying (null: never). */
export function ruleExpiry(duration: keyof typeof ruleDurations, now: Date): Date | null {
  const length = ruleDurations[duration];
  return length === null ? null : new Date(now.getTime() + length);
}
