import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { secretFor } from '@/lib/secret';

/*
 * Scheduled articles come due on their own: every few seconds the server asks itself, through
 * /api/publication, to revalidate (and purge at the edge) the pages of the articles whose time has just
 * come, so the article's address, which may have been cached as "introuvable", and the lists go live at
 * once. Revalidation needs a request of Next's, hence a request rather than a timer doing the work.
 */
const TICK_MS = (Number(process.env.PUBLICATION_CLOCK_SECONDS) || 15) * 1_000;
// Articles that came due while the server was stopped are caught up on its first tick.
const CATCH_UP_MS = 60 * 60 * 1_000;

const clockToken = () => secretFor('publication-clock');
const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether a request comes from this server's clock: the token from the Authorization header, compared in constant time. */
export function isPublicationClock(authorization: string | null): boolean {
  const token = authorization?.match(/^Bearer (.+)$/)?.[1];
  return token !== undefined && timingSafeEqual(digest(token), digest(clockToken()));
}

export function startPublicationClock(selfUrl: string): void {
  let from = Date.now() - CATCH_UP_MS;
  const tick = async () => {
    const to = Date.now();
    try {
      const response = await fetch(`${selfUrl}/api/publication?depuis=${from}&jusqua=${to}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${clockToken()}` },
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      from = to;
    } catch (error) {
      // The next tick covers the same interval again.
      console.error(`[publication] échec de la mise à jour des articles programmés : ${(error as Error).message}`);
    }
  };
  setInterval(tick, TICK_MS).unref();
}
