import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, testDb } from './fixtures';
import { postCommentForm, readAgedCommentForm } from './comment-post';

const articlePath = '/article/salon-du-livre-jeunesse-de-yaounde-les-auteurs-locaux-a-lhonneur';
const POSTERS = 50;

/** Runs one of the site's npm scripts on a database; answers with its exit code and what it printed. */
function runScript(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('npx', ['tsx', '--conditions=react-server', `scripts/${script}.ts`, ...args], {
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

test('the restore drill: a backup taken while 50 posters write holds every comment acknowledged before it began', async ({
  request,
}) => {
  test.setTimeout(180_000);
  const livePath = process.env.E2E_DATABASE_PATH!;
  const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-drill-'));
  const hidden = await readAgedCommentForm(await (await request.get(articlePath)).text());
  expect(hidden.articleId).toBeTruthy();

  const run = `exercice${Date.now()}`;
  const acknowledged: { id: number; body: string; at: number }[] = [];
  const refused: number[] = [];
  let sent = 0;
  let stop = false;
  let firstAcknowledged: () => void;
  const hundredAcknowledged = new Promise<void>((resolve) => (firstAcknowledged = resolve));
  const poster = async () => {
    while (!stop) {
      const n = sent++;
      const body = `Commentaire ${n} de l’exercice ${run}.`;
      const answer = await postCommentForm(
        request,
        articlePath,
        hidden,
        { body, authorName: `Lecteur ${n}`, authorEmail: `${run}.${n}@example.com` },
        `198.51.${(n >> 8) & 255}.${n & 255}`,
      );
      const id = Number(answer.location?.match(/#comment-(\d+)$/)?.[1]);
      if (answer.status === 303 && id) acknowledged.push({ id, body, at: Date.now() });
      else refused.push(answer.status);
      if (acknowledged.length >= 100) firstAcknowledged();
    }
  };
  const posters = Array.from({ length: POSTERS }, poster);

  await hundredAcknowledged;
  const backupBeganAt = Date.now();
  const before = [...acknowledged];
  const backup = await runScript('backup', [], { DATABASE_PATH: livePath, BACKUP_DIR: backupDir });
  const backupEndedAt = Date.now();
  stop = true;
  await Promise.all(posters);
  expect(backup.output).toContain('integrity_check ok');
  expect(backup.code).toBe(0);
  expect(refused).toEqual([]);
  // The posters did write while the backup ran.
  expect(
    acknowledged.filter((comment) => comment.at > backupBeganAt && comment.at < backupEndedAt).length,
  ).toBeGreaterThan(0);

  const [backupFile] = fs.readdirSync(backupDir).filter((name) => name.endsWith('.db'));
  expect(backupFile).toMatch(/^kiosque-\d{4}-\d{2}-\d{2}T\d{6}Z\.db$/);

  // Over the live server's database, restore refuses and leaves every file as it was.
  const filesBefore = fs
    .readdirSync(path.dirname(livePath))
    .filter((name) => !name.endsWith('-wal') && !name.endsWith('-shm'));
  const refusedRestore = await runScript('restore', [path.join(backupDir, backupFile!)], { DATABASE_PATH: livePath });
  expect(refusedRestore.code).toBe(1);
  expect(refusedRestore.output).toMatch(/Un serveur \(pid \d+\) utilise cette base/);
  expect(
    fs.readdirSync(path.dirname(livePath)).filter((name) => !name.endsWith('-wal') && !name.endsWith('-shm')),
  ).toEqual(filesBefore);
  expect((await request.get(articlePath)).status()).toBe(200);

  // Into a fresh directory: restored, checked, and read by the site's own db module (its home-page queries).
  const restoredPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-restored-')), 'site.db');
  const restore = await runScript('restore', [path.join(backupDir, backupFile!)], { DATABASE_PATH: restoredPath });
  expect(restore.output).toContain('integrity_check ok');
  expect(restore.output).toMatch(/Page d’accueil lue : « .+ » et \d+ articles récents/);
  expect(restore.code).toBe(0);

  const { integrity, bodies } = testDb.inspect(restoredPath, run);
  expect(integrity).toBe('ok');
  expect(before.length).toBeGreaterThanOrEqual(100);
  expect(before.filter((comment) => bodies.get(comment.id) !== comment.body)).toEqual([]);
  // Nothing in the copy that the site did not acknowledge (or was still answering when the posters stopped).
  expect(bodies.size).toBeLessThanOrEqual(sent);
});
