import { z } from 'zod';
import { cleanText } from './clean-text';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-limits';
import { roles } from './vocabulary';

export const profileLimits = { name: 100, bio: 1_000 };

const text = (max: number, min = 0) =>
  z.preprocess((raw) => (typeof raw === 'string' ? cleanText(raw) : ''), z.string().min(min).max(max));
// One line: a name shows in bylines, titles and e-mail greetings.
const name = z.preprocess(
  (raw) => (typeof raw === 'string' ? cleanText(raw).replace(/\s+/g, ' ').trim() : ''),
  z.string().min(1).max(profileLimits.name),
);
const email = z.preprocess((raw) => (typeof raw === 'string' ? raw.trim() : ''), z.email().max(254));
const password = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const inviteSchema = z.object({ name, email, role: z.enum(roles) });
export const roleSchema = z.object({ role: z.enum(roles) });
export const forgotSchema = z.object({ email });
export const profileSchema = z.object({ name, bio: text(profileLimits.bio) });

const confirmed = <T extends { password: string; confirm: string }>(values: T) => values.password === values.confirm;
const confirmIssue = { path: ['confirm'], message: 'confirm' };

/** The link's form: a name for an invitation (null for a reset), and the password twice. */
export const acceptSchema = (withName: boolean) =>
  z
    .object({
      name: withName
        ? name
        : z
            .unknown()
            .optional()
            .transform(() => null),
      password,
      confirm: z.string(),
    })
    .refine(confirmed, confirmIssue);

export const passwordChangeSchema = z
  .object({ current: z.string().min(1).max(PASSWORD_MAX_LENGTH), password, confirm: z.string() })
  .refine(confirmed, confirmIssue);

/** The first problem of each field, by its name: what the forms show next to it. */
export function fieldsInError(error: z.ZodError): Set<string> {
  return new Set(error.issues.map((issue) => String(issue.path[0])));
}
