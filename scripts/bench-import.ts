// `npm run bench:import [-- --quick]`: writes a WordPress export of 10,000 posts and 200,000 threaded
// comments (--quick: a tenth) into bench/, imports it into a fresh database in a child process, then
// imports it again unchanged. Prints the time and peak memory of each run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { random } from '@/db/seed-scale';
import { scaleWxr } from '@/lib/wxr-scale';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const scale = values.quick ? 10 : 1;
const posts = 10_000 / scale;
const comments = 200_000 / scale;
const file = `bench/wordpress-${posts}.wxr.xml`;
const database = `bench/import-${posts}.db`;
fs.mkdirSync('bench', { recursive: true });

if (!fs.existsSync(file)) {
  const out = fs.openSync(`${file}.part`, 'w');
  for (const piece of scaleWxr({ posts, comments, random: random(11).next })) fs.writeSync(out, piece);
  fs.closeSync(out);
  fs.renameSync(`${file}.part`, file);
}
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(database + suffix, { force: true });
console.log(`${file} : ${(fs.statSync(file).size / 1e6).toFixed(0)} Mo, ${posts} articles, ${comments} commentaires`);

function run(label: string) {
  const started = process.hrtime.bigint();
  const child = spawnSync(
    'node',
    ['--import', 'tsx', '--conditions=react-server', 'scripts/import-wordpress.ts', file],
    { env: { ...process.env, DATABASE_PATH: database }, encoding: 'utf8' },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${label}: ${child.stderr}`);
  const peak = /Mémoire max : (\d+) Mo/.exec(child.stdout)?.[1];
  const cpu = /processeur ([\d.]+) s/.exec(child.stdout)?.[1];
  const summary = child.stdout.split('\n').filter((line) => /^(Articles|Commentaires) :/.test(line));
  console.log(
    `${label} : ${seconds.toFixed(1)} s (processeur ${cpu} s), mémoire max ${peak} Mo, charge ${os.loadavg()[0].toFixed(1)}\n  ${summary.join('\n  ')}`,
  );
  return { seconds, cpuSeconds: Number(cpu), peakMb: Number(peak), loadAverage: os.loadavg()[0] };
}

const first = run('Premier import');
const second = run('Second import, inchangé');
fs.writeFileSync(
  'bench/import-results.json',
  JSON.stringify({ posts, comments, bytes: fs.statSync(file).size, first, second }, null, 2) + '\n',
);
