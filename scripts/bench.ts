// `npm run bench [-- --quick] [-- --rebuild] [-- --edge] [-- --port 3300]`: the production server on the scale database (built
// once, bench/scale.db), under autocannon, compared in the same run with a minimal static server sending the
// article page's exact bytes; with --edge, the article through Varnish in front of it too. Prints a table and
// writes bench/results.json.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { readCommentForm } from '../e2e/comment-post';
import { startVarnish, type Varnish } from './edge/varnish';
import { startProductionServer } from './production-server';
import { ensureScaleDatabase } from './scale-database';
import { chromiumArgs, chromiumPath } from './chromium';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    edge: { type: 'boolean', default: false },
    // The site's port; the static-buffer server and the edge take port + 99 and port + 2.
    port: { type: 'string', default: '3300' },
  },
});
const DURATION = args.quick ? 3 : 10;
const PORT = Number(args.port);
const STATIC_PORT = PORT + 99;
const EDGE_PORT = PORT + 2;
const databasePath = 'bench/scale.db';

ensureScaleDatabase(databasePath);

// What to measure, found in the scale database itself (see db/seed-scale.ts: article 1 has 2,000 comments, article 2 has 20).
const scale = new Database(databasePath, { readonly: true });
const one = <T>(query: string, ...params: unknown[]) => scale.prepare(query).get(...params) as T;
const slugOf = (id: number) => one<{ slug: string }>('select slug from articles where id = ?', id).slug;
const bigArticle = `/article/${slugOf(1)}`;
const smallArticle = `/article/${slugOf(2)}`;
const postingArticle = `/article/${slugOf(3)}`;
// Its own article, with a single page of comments, so the measured pages keep theirs and the new one shows on page 1.
const freshArticle = `/article/${one<{ slug: string }>("select slug from articles where id > 3 and status = 'published' and comment_count < 10 order by id limit 1").slug}`;
const section = one<{ slug: string }>(
  "select s.slug from sections s join articles a on a.section_id = s.id where a.status = 'published' group by s.id order by count(*) desc limit 1",
).slug;
const tag = one<{ slug: string }>(
  'select t.slug from tags t join article_tags at on at.tag_id = t.id group by t.id order by count(*) desc limit 1',
).slug;
// A commenter with an approved comment: the policy publishes their next one at once, which revalidates the page.
// Comments store e-mails sealed with the secret kept beside the database (lib/commenter-identity.ts).
process.env.DATABASE_PATH = databasePath;
const { openEmail } = await import('../lib/commenter-identity');
const returning = openEmail(
  one<{ email: string }>(
    "select author_email as email from comments where status = 'approved' and staff_user_id is null order by id limit 1",
  ).email,
)!;
// Words of the database's own titles, for searches that differ from one another (identical ones are cached).
const vocabulary = [
  ...new Set(
    (scale.prepare('select title from articles order by id limit 2000').all() as { title: string }[]).flatMap(
      ({ title }) => title.toLowerCase().split(/[^\p{L}\p{N}]+/u),
    ),
  ),
].filter((word) => word.length > 3);
scale.close();

const edgeBase = `http://127.0.0.1:${EDGE_PORT}`;
const server = await startProductionServer({
  databasePath,
  distDir: '.next-bench',
  port: PORT,
  rebuild: args.rebuild,
  // The bench is the proxy that names each poster (X-Forwarded-For): without it, every post would come from one
  // address, and the per-address limits, not the posting path, would be measured.
  env: { TRUSTED_PROXIES: '127.0.0.1', ...(args.edge ? { EDGE_PURGE_URLS: edgeBase } : {}) },
});
const { base } = server;
let edge: Varnish | null = null;
if (args.edge) {
  edge = startVarnish(EDGE_PORT, {
    originHost: '127.0.0.1',
    originPort: PORT,
    purgers: ['127.0.0.1'],
    healthPath: '/api/sante',
  });
  while (
    !(await fetch(`${edgeBase}/`).then(
      (response) => response.ok,
      () => false,
    ))
  )
    await new Promise((resolve) => setTimeout(resolve, 100));
}

// The server's resident memory: its peak over the run, and over each case (reset when a case starts).
let peakRssMb = 0;
let casePeakRssMb = 0;
const rssTimer = setInterval(() => {
  const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const rss = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
  peakRssMb = Math.max(peakRssMb, rss);
  casePeakRssMb = Math.max(casePeakRssMb, rss);
}, 200);

const fetchText = async (url: string) => (await fetch(url)).text();
const articleHtml = await fetchText(`${base}${smallArticle}`);
const articleFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-bench-')), 'article.html');
fs.writeFileSync(articleFile, articleHtml);
const staticServer = spawn(
  process.execPath,
  ['--import', 'tsx', 'scripts/static-buffer-server.ts', articleFile, String(STATIC_PORT)],
  { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
);
await new Promise((resolve) => staticServer.once('message', resolve));

// The JavaScript the article page loads, gzipped: every script it names but the polyfills modern browsers skip (noModule).
const scripts = [...articleHtml.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)]
  .filter((match) => !/nomodule/i.test(match[1]! + match[3]!))
  .map((match) => match[2]!);
const scriptBytes = await Promise.all(
  scripts.map(async (src) => Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())),
);
const javascript = {
  files: scripts.length,
  bytes: scriptBytes.reduce((sum, bytes) => sum + bytes.length, 0),
  gzipBytes: scriptBytes.reduce((sum, bytes) => sum + gzipSync(bytes).length, 0),
};

type Row = {
  page: string;
  connections: number;
  gzip: boolean;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  htmlBytes: number;
  gzipBytes: number;
  rssMb: number;
  ratio?: number;
};
const rows: Row[] = [];

// A gzip case asks as browsers do, and the server compresses the page as every reader would get it.
const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br, zstd' };

// The light version of a page (scripts/light-responses.ts), as a browser in data-saver mode asks for it.
const SAVE_DATA = { 'save-data': 'on' };

async function load(name: string, url: string, connections: number, gzip: boolean, asked: Record<string, string> = {}) {
  const headers = { ...asked, ...(gzip ? BROWSER_ENCODINGS : {}) };
  await autocannon({ url, connections, duration: 1, headers }); // warm-up: caches filled, JIT warm
  casePeakRssMb = 0;
  const result = await autocannon({ url, connections, duration: DURATION, headers });
  const body = await (await fetch(url, { headers: asked })).text();
  const row = {
    page: gzip ? `${name} (gzip)` : name,
    connections,
    gzip,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    htmlBytes: Buffer.byteLength(body),
    gzipBytes: gzipSync(body).length,
    rssMb: Math.round(casePeakRssMb),
  };
  rows.push(row);
  console.error(`${name} ×${connections}: ${row.rps} req/s, p99 ${row.p99} ms`);
}

const staticBuffer = 'static buffer (article bytes)';
const lightArticle = 'article, 20 comments, light';
const pages: [string, string, Record<string, string>?][] = [
  [staticBuffer, `http://127.0.0.1:${STATIC_PORT}/`],
  ['home', `${base}/`],
  ['section p.1', `${base}/rubrique/${section}`],
  ['section p.50', `${base}/rubrique/${section}?page=50`],
  ['tag', `${base}/mot-cle/${tag}`],
  ['article, 20 comments', `${base}${smallArticle}`],
  [lightArticle, `${base}${smallArticle}`, SAVE_DATA],
  ['article, 2,000 comments', `${base}${bigArticle}`],
  ['search', `${base}/recherche?q=gouvernement+budget`],
  ['feed', `${base}/flux.xml`],
];
const edgeArticle = 'article, 20 comments, through the edge';
const edgeLightArticle = 'article, 20 comments, light, through the edge';
if (args.edge)
  pages.push([edgeArticle, `${edgeBase}${smallArticle}`], [edgeLightArticle, `${edgeBase}${smallArticle}`, SAVE_DATA]);
// The article again as a browser asks for it (gzip), against the static server's pre-gzipped bytes.
const gzipPages = new Set([staticBuffer, 'article, 20 comments', lightArticle, edgeArticle, edgeLightArticle]);
const edgeComparison = new Set([staticBuffer, 'article, 20 comments', lightArticle, edgeArticle, edgeLightArticle]);
for (const connections of args.quick ? [50] : args.edge ? [1, 10, 50] : [1, 50]) {
  for (const [name, url, asked] of pages) {
    // At 10 connections, only what the edge is compared with.
    if (connections === 10 && !edgeComparison.has(name)) continue;
    // Search and feeds come with the discovery work: measured when the site has them.
    if (!(await fetch(url)).ok) {
      console.error(`${name}: ${url} is not served, skipped`);
      continue;
    }
    await load(name, url, connections, false, asked);
    if (gzipPages.has(name)) await load(name, url, connections, true, asked);
  }
}

// Searches beside pages: the article's latency alone, then while 50 clients search for varied words (searches
// run in their own threads, db/search-pool.ts; a full pool answers at once that it is busy).
let searchCount = 0;
const searchUrl = () => {
  const n = searchCount++;
  const words = [vocabulary[(n * 7) % vocabulary.length], vocabulary[(n * 13 + 5) % vocabulary.length]];
  return `/recherche?q=${words.map(encodeURIComponent).join('+')}`;
};
const articleAlone = await autocannon({ url: `${base}${smallArticle}`, connections: 10, duration: DURATION });
const searchStatuses: Record<number, number> = {};
const [articleBeside, searching] = await Promise.all([
  autocannon({ url: `${base}${smallArticle}`, connections: 10, duration: DURATION }),
  autocannon({
    url: base,
    connections: 50,
    duration: DURATION,
    requests: [
      {
        setupRequest: (request) => ({ ...request, path: searchUrl() }),
        onResponse: (status, body) => {
          const busy = status === 503 || String(body).includes('très demandée');
          searchStatuses[busy ? 503 : status] = (searchStatuses[busy ? 503 : status] ?? 0) + 1;
        },
      },
    ],
  }),
]);
const searchStall = {
  articleAlone: { rps: Math.round(articleAlone.requests.average), p99: articleAlone.latency.p99 },
  articleWhileSearching: { rps: Math.round(articleBeside.requests.average), p99: articleBeside.latency.p99 },
  searches: {
    rps: Math.round(searching.requests.average),
    p50: searching.latency.p50,
    p99: searching.latency.p99,
    maxMs: searching.latency.max,
    statuses: searchStatuses,
  },
};
console.error(`searches beside the article: ${JSON.stringify(searchStall)}`);

// Comment posting: distinct valid comments from 50 concurrent posters (each a first comment, so held),
// then a count check: every acknowledged comment stored exactly once.
const run = `bench${Date.now()}`;
const formFields = async (path: string) => {
  const hidden = readCommentForm(await fetchText(`${base}${path}`));
  await new Promise((resolve) => setTimeout(resolve, 3_200)); // the form's minimum age
  return hidden;
};
const boundary = '----kiosque-bench';
const multipart = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([name, value]) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join('') + `--${boundary}--\r\n`;
// As a browser posts the form: from the site's own origin, through a proxy that names the client.
const postHeaders = (ip: string) => ({
  'content-type': `multipart/form-data; boundary=${boundary}`,
  origin: base,
  'x-forwarded-for': ip,
});

const hidden = await formFields(postingArticle);
let sent = 0;
/** 50 posters sending distinct comments for `seconds`; the answers counted by status. */
async function postComments(seconds: number, text: (n: number) => string) {
  const statuses: Record<number, number> = {};
  const result = await autocannon({
    url: `${base}${postingArticle}`,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const n = sent++;
          return {
            ...request,
            headers: postHeaders(`198.18.${(n >> 8) & 255}.${n & 255}`),
            body: multipart({
              ...hidden,
              body: text(n),
              authorName: `Lecteur ${n}`,
              authorEmail: `${run}.${n}@example.com`,
            }),
          };
        },
        onResponse: (status) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
        },
      },
    ],
  });
  return { result, statuses };
}
// Warm-up as for the pages (the action's code loaded and compiled); only the measured run is checked.
await postComments(1, (n) => `Échauffement ${n} ${run}.`);
casePeakRssMb = 0;
const { result: posting, statuses } = await postComments(DURATION, (n) => `Commentaire ${n} du banc d’essai ${run}.`);
const acknowledged = statuses[303] ?? 0;
rows.push({
  page: 'comment post',
  connections: 50,
  gzip: false,
  rps: Math.round(posting.requests.average),
  p50: posting.latency.p50,
  p99: posting.latency.p99,
  errors: posting.errors + posting.timeouts + posting.non2xx - acknowledged,
  htmlBytes: 0,
  gzipBytes: 0,
  rssMb: Math.round(casePeakRssMb),
});

// Freshness: a returning commenter's comment is approved at once; how soon does the cached page show it?
const freshBody = `Retour d’un fidèle lecteur ${run}.`;
const freshForm = await formFields(freshArticle);
const postedAt = Date.now();
const answer = await fetch(`${base}${freshArticle}`, {
  method: 'POST',
  redirect: 'manual',
  headers: postHeaders('198.19.0.1'),
  body: multipart({ ...freshForm, body: freshBody, authorName: 'Lecteur fidèle', authorEmail: returning }),
});
/** Whether both versions of a page, the full and the light one, show a text. */
const bothShow = async (url: string, text: string) =>
  (await fetchText(url)).includes(text) && (await (await fetch(url, { headers: SAVE_DATA })).text()).includes(text);
let requestsUntilVisible = 0;
let visible = false;
while (!visible && requestsUntilVisible < 50) {
  requestsUntilVisible++;
  visible = await bothShow(`${base}${freshArticle}`, freshBody);
}
const freshness = { status: answer.status, visible, requestsUntilVisible, msFromPost: Date.now() - postedAt };

// A moderator clears a page of 100 of those held comments in one bulk approval, in Chromium, as in the dashboard.
const moderator = { email: 'banc@redaction.example', password: `banc d’essai ${run}` };
const cli = (command: string, extra: string[]) =>
  spawnSync(
    'npx',
    [
      'tsx',
      '--conditions=react-server',
      'scripts/users.ts',
      command,
      '--email',
      moderator.email,
      '--password',
      moderator.password,
      ...extra,
    ],
    { env: { ...process.env, DATABASE_PATH: databasePath }, stdio: 'ignore' },
  ).status === 0;
if (!cli('create', ['--name', 'Banc d’essai', '--role', 'moderator'])) cli('password', []);
const postingArticleId = Number(hidden.articleId);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});

/**
 * Bytes on the wire for a whole load of the page on a phone's screen (412×823): every response's headers and
 * body as sent (gzip when the server compresses), by kind. Pictures below the first screen wait (lazy).
 */
async function pageWeight(url: string, headers: Record<string, string>) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, extraHTTPHeaders: headers });
  const reader = await context.newPage();
  const finished: Promise<{ kind: string; bytes: number }>[] = [];
  reader.on('requestfinished', (request) =>
    finished.push(
      request.sizes().then((sizes) => ({
        kind: request.resourceType(),
        bytes: sizes.responseHeadersSize + sizes.responseBodySize,
      })),
    ),
  );
  await reader.goto(url, { waitUntil: 'networkidle' });
  const responses = await Promise.all(finished);
  await context.close();
  const byKind: Record<string, number> = {};
  for (const { kind, bytes } of responses) byKind[kind] = (byKind[kind] ?? 0) + bytes;
  return { requests: responses.length, bytes: responses.reduce((sum, { bytes }) => sum + bytes, 0), byKind };
}
const weight = {
  full: await pageWeight(`${base}${smallArticle}`, {}),
  light: await pageWeight(`${base}${smallArticle}`, SAVE_DATA),
};
console.error(`article page load on the wire: ${JSON.stringify(weight)}`);

const page = await browser.newPage({ extraHTTPHeaders: { 'x-forwarded-for': '198.19.0.2' } });
await page.goto(`${base}/admin/connexion`);
await page.getByRole('textbox', { name: 'E-mail' }).fill(moderator.email);
await page.getByLabel('Mot de passe').fill(moderator.password);
await page.getByRole('button', { name: 'Se connecter' }).click();
await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
await page.goto(`${base}/admin/commentaires?statut=pending&article=${postingArticleId}&par=100`);
await page.getByLabel('Tout sélectionner sur la page').check();
await page.getByRole('combobox', { name: 'Action', exact: true }).selectOption('approve');
const approvingAt = performance.now();
await page.getByRole('button', { name: 'Appliquer' }).click();
const confirmation = page.getByRole('status').filter({ hasText: /approuvés?\./ });
await confirmation.waitFor();
const bulkApproval = {
  comments: Number((await confirmation.textContent())?.match(/\d+/)?.[0]),
  ms: Math.round(performance.now() - approvingAt),
};

// Freshness through the edge: a held comment approved in the dashboard, then an anonymous reader of the
// edge's cached copy asks again and again until it shows. Five times; the median is the figure.
const edgeFreshnessMs: number[] = [];
if (args.edge) {
  for (let i = 0; i < 5; i++) {
    const email = `${run}.bord${i}@example.com`;
    const body = `Vu à travers le cache ${i} ${run}.`;
    await fetch(`${base}${freshArticle}`, {
      method: 'POST',
      redirect: 'manual',
      headers: postHeaders(`198.20.0.${i + 1}`),
      body: multipart({ ...freshForm, body, authorName: `Lectrice ${i}`, authorEmail: email }),
    });
    await fetchText(`${edgeBase}${freshArticle}`);
    await page.goto(`${base}/admin/commentaires?statut=pending&q=${encodeURIComponent(email)}`);
    await page.getByRole('button', { name: 'Approuver' }).click();
    const approvedAt = performance.now();
    while (!(await bothShow(`${edgeBase}${freshArticle}`, body)) && performance.now() - approvedAt < 30_000);
    edgeFreshnessMs.push(Math.round(performance.now() - approvedAt));
  }
  console.error(`approval seen through the edge after (ms): ${edgeFreshnessMs.join(', ')}`);
}
await browser.close();

const written = new Database(databasePath, { readonly: true });
const stored = written
  .prepare('select count(*) as n, count(distinct body) as distinctBodies from comments where body like ?')
  .get(`%banc d’essai ${run}%`) as { n: number; distinctBodies: number };
written.close();

clearInterval(rssTimer);
staticServer.kill();
server.stop();
await edge?.stop();

// Each page against the static buffer at the same concurrency and encoding.
for (const row of rows) {
  const reference = rows.find(
    (other) => other.page.startsWith(staticBuffer) && other.connections === row.connections && other.gzip === row.gzip,
  );
  if (reference && row !== reference && row.htmlBytes > 0)
    row.ratio = Math.round((row.rps / reference.rps) * 1000) / 10;
}
const report = {
  when: new Date().toISOString(),
  quick: args.quick,
  durationSeconds: DURATION,
  coldStartMs: server.coldStartMs,
  peakRssMb: Math.round(peakRssMb),
  javascript,
  weight,
  // Sent but unanswered when the run stopped: stored or not, never twice.
  posting: {
    sent: posting.requests.sent,
    statuses,
    acknowledged,
    stored: stored.n,
    distinctStored: stored.distinctBodies,
  },
  freshness,
  bulkApproval,
  searchStall,
  edgeFreshnessMs: args.edge ? { runs: edgeFreshnessMs, median: [...edgeFreshnessMs].sort((a, b) => a - b)[2] } : null,
  rows,
};
fs.writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
console.table(rows.map((row) => ({ ...row, ratio: row.ratio === undefined ? '' : `${row.ratio} %` })));
console.log(
  `cold start ${report.coldStartMs} ms · peak RSS ${report.peakRssMb} MB · article JavaScript: ${javascript.files} files, ${javascript.gzipBytes} B gzipped`,
);
const rateOf = (name: string) => rows.find((row) => row.page === name && row.connections === 50)?.rps ?? 0;
console.log(
  `article page load, full: ${weight.full.bytes} B in ${weight.full.requests} responses · light: ${weight.light.bytes} B in ${weight.light.requests} (gzip, headers included) · light req/s at 50 connections: ${rateOf(lightArticle)} against ${rateOf('article, 20 comments')} full (identity), ${rateOf(`${lightArticle} (gzip)`)} against ${rateOf('article, 20 comments (gzip)')} (gzip)`,
);
console.log(
  `posts: ${posting.requests.sent} sent, answers ${JSON.stringify(statuses)}, ${acknowledged} acknowledged (303), ${stored.n} stored, ${stored.distinctBodies} distinct`,
);
console.log(
  `bulk approval of ${bulkApproval.comments} held comments in the dashboard: ${bulkApproval.ms} ms (click to the confirmation on the reloaded queue)`,
);
console.log(
  `approved comment visible after ${freshness.requestsUntilVisible} request(s), ${freshness.msFromPost} ms after posting (post answered ${freshness.status})`,
);
