import { z } from 'zod';
import { cleanText } from './clean-text';

export const CORRECTION_MAX = 1_000;

/** A correction note as an editor posts it: the error codes map to messages/fr-admin.ts. */
export const correctionSchema = z.preprocess(
  (raw) => (typeof raw === 'string' ? cleanText(raw) : ''),
  z.string().min(1, { error: 'required' }).max(CORRECTION_MAX, { error: 'tooLong' }),
);
