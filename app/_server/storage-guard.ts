import 'server-only';
import { storageUnavailableCode } from '@/db/storage-errors';
import { unavailable } from '@/components/form-state';
import { markUnavailable } from '@/lib/request-outcome';

/**
 * Runs a form action's work; when the database cannot take the write now (locked, full, read-only),
 * the failure is logged, by the action's name and SQLite's code only (never what was typed: it holds
 * e-mails), and the form comes back as it was sent with `message`. Any other error is a bug: thrown,
 * for error.tsx.
 *
 * Next 16 gives a server action no way to set its response's status or headers (the no-JavaScript
 * answer is the page rendered with the action's state), so the site's server makes that page a 503 with
 * Retry-After (lib/request-outcome.ts); with JavaScript the form shows the message in place.
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
    markUnavailable();
    return unavailable(values, message);
  }
}
