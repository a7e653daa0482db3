import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newCommenter, useClientAddress } from './comment-helpers';
import { CommentForm } from './pages/comment-form';
import { expect, quietArticle, test, testDb } from './fixtures';
import { createStaff, signIn } from './staff-helpers';

/*
 * Commenters' e-mails are sealed at rest: a copy of the database file, or a backup the backup module
 * made, does not reveal them; staff still read them, and find a commenter by their whole address.
 */

/** Whether any of the files holds the text, as bytes: what a text search of a copied file finds. */
const anyHolds = (files: string[], text: string) =>
  files.some((file) => fs.existsSync(file) && fs.readFileSync(file).includes(Buffer.from(text)));

test('no commenter address in clear in the database file or a backup; staff read and find it', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(90_000);
  const { slug } = testDb.insertArticle({ title: 'Article des adresses', ...quietArticle });
  const who = newCommenter('Chiffre');
  await useClientAddress(context, who.ip);
  await page.goto(`/article/${slug}`);
  await new CommentForm(page).post({ body: `Avis de ${who.name}.`, name: who.name, email: who.email });
  await expect(page.getByText('Votre commentaire est en attente de modération.')).toBeVisible();

  const live = process.env.E2E_DATABASE_PATH!;
  const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-adresses-'));
  const backup = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/backup.ts'], {
    env: { ...process.env, DATABASE_PATH: live, BACKUP_DIR: backupDir },
    encoding: 'utf8',
  });
  expect(backup.status, backup.stderr).toBe(0);
  const backups = fs
    .readdirSync(backupDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.db'))
    .map((name) => path.join(backupDir, name));
  expect(backups).toHaveLength(1);
  // The comment is in the backup, its author's name in clear, the address not.
  expect(anyHolds(backups, who.name)).toBe(true);
  for (const address of [who.email, 'alain.fotso@example.com']) {
    expect(anyHolds([live, `${live}-wal`], address)).toBe(false);
    expect(anyHolds(backups, address)).toBe(false);
  }

  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signIn(staffPage, createStaff('moderator'), `/admin/commentaires?q=${encodeURIComponent(who.email)}`);
  await expect(staffPage.getByText(`E-mail : ${who.email}`)).toBeVisible();
  // Only the whole address finds it: a part of it is not stored anywhere.
  await staffPage.goto(`/admin/commentaires?q=${encodeURIComponent(who.email.slice(0, -4))}`);
  await expect(staffPage.getByText(`E-mail : ${who.email}`)).toHaveCount(0);
  await staff.close();
});
