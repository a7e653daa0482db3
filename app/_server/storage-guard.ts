import 'server-only';
import { storageUnavailableCode } from '@/db/storage-errors';
import { unavailable } from '@/components/form-state';

/**
 * Runs a form action's work; when the database cannot take the write now (locked, full, read-only),
 * the failure is logged, by the action's name and SQLite's code only (never what was typed: it holds
 * e-mails), and the form comes back as it was sent with `message`. Any other error is a bug: thrown,
 * for error.tsx.
 *
 * Next 16 gives a server action no way to set its response's status or headers (the no-JavaScript
 * answer is the page rendered with the action's state, always 200), so the answer is the page with
 * the message and the reader's text, not a 503.
 */
export async function unlessStorageFails<V, S>(
  action: string,
  values: V,
  message: string,
  work: () => Promise<S>,
): Promise<S | ReturnType<typeof unavailable<V>>> {
  try {
    return await work();
  } catch (error) {
    const code = storageUnavailableCode(error);
    if (!code) throw error;
    console.error(`[stockage indisponible] ${action}: ${code}`);
    return unavailable(values, message);
  }
}
