import { z } from 'zod';
import { cleanText } from './clean-text';
import { slugify, slugPattern } from './slug';

const name = z.preprocess(
  (raw) => (typeof raw === 'string' ? cleanText(raw).replace(/\s+/g, ' ') : ''),
  z.string().min(1).max(80),
);
// Left blank, the address comes from the name.
const slug = z.preprocess(
  (raw) => (typeof raw === 'string' ? raw.trim().toLowerCase() : ''),
  z
    .string()
    .max(80)
    .refine((value) => value === '' || slugPattern.test(value)),
);
const withSlug = <T extends { name: string; slug: string }>(values: T) => ({
  ...values,
  slug: values.slug || slugify(values.name),
});

export const tagFormSchema = z
  .object({ name, slug })
  .transform(withSlug)
  .refine((values) => values.slug !== '');

export const sectionFormSchema = z
  .object({
    name,
    slug,
    description: z.preprocess((raw) => (typeof raw === 'string' ? cleanText(raw) : ''), z.string().max(300)),
    position: z.preprocess((raw) => (raw === '' || raw === null ? 0 : raw), z.coerce.number().int().min(0).max(999)),
  })
  .transform(withSlug)
  .refine((values) => values.slug !== '');
