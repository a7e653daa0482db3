import { fr, type Messages } from '@/messages/fr';

/** The catalog of the site's locale; French is the only one so far. */
export const t: Messages = fr;
