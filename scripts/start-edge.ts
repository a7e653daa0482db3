// `npm run start:edge`: the site behind Varnish on one machine. Varnish listens on PORT and caches the public
// pages; the origin listens on loopback only (ORIGIN_PORT, PORT + 1 by default), trusts the edge's
// X-Forwarded-For and purges the edge when pages change. Stopping this command stops both, and nothing else.
import { spawn } from 'node:child_process';
import { startVarnish, VARNISHD, varnishInstalled } from './edge/varnish';
import { prepareSite } from './prepare-site';

const port = Number(process.env.PORT ?? 3000);
const originPort = Number(process.env.ORIGIN_PORT ?? port + 1);

if (!varnishInstalled()) {
  console.error(`Varnish est introuvable (${VARNISHD}) : apt-get install -y varnish`);
  process.exit(1);
}
process.env.SITE_URL ??= `http://localhost:${port}`;
prepareSite();

const origin = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: String(originPort),
    HOSTNAME: '127.0.0.1',
    TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? '127.0.0.1',
    EDGE_PURGE_URLS: process.env.EDGE_PURGE_URLS ?? `http://127.0.0.1:${port}`,
  },
});
const edge = startVarnish(
  port,
  { originHost: '127.0.0.1', originPort, purgers: ['127.0.0.1'], healthPath: '/api/sante' },
  process.env.EDGE_CACHE_SIZE,
);

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (origin.exitCode === null && origin.signalCode === null) origin.kill('SIGTERM');
  await Promise.all([edge.stop(), origin.exitCode === null ? new Promise((done) => origin.once('exit', done)) : null]);
  process.exit(code);
}
origin.on('exit', (code) => void stop(code ?? 1));
edge.process.on('exit', (code) => void stop(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
