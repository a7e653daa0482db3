import { databaseReady } from '@/db/health';

export const dynamic = 'force-dynamic';

/** For load balancers and uptime checks: 200 `ok` when the database is readable and up to date, else 503. */
export function GET() {
  const ready = databaseReady();
  return new Response(ready ? 'ok' : 'indisponible', {
    status: ready ? 200 : 503,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
