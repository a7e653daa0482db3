import { z } from 'zod';
import { normaliseOldPath } from './wordpress-item';

// Both ends of a redirect are paths of this site. A target of "//other.example" or "/\other.example"
// would be read by browsers as another host: the site would become an open redirect.
const localPath = z
  .string()
  .trim()
  .min(2)
  .max(500)
  .refine((value) => value.startsWith('/') && !/^\/[/\\]/.test(value) && !/[\s\\]/.test(value));

export const redirectFormSchema = z
  .object({ path: localPath, target: localPath })
  .transform((values) => ({ path: normaliseOldPath(values.path), target: values.target }))
  .refine((values) => values.path !== '/' && values.path !== values.target);
