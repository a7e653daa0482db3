import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMail } from './mail-message';
import { mailSettings } from './mail-settings';
import { createMailSender } from './mail-transport';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-mail-'));
const send = createMailSender(mailSettings({}, 'Kiosque', 'https://kiosque.example'), folder);

async function written(id: number) {
  const file = fs.readdirSync(folder).find((name) => name.endsWith(`-${id}.eml`));
  return simpleParser(fs.readFileSync(path.join(folder, file!)));
}

describe('sending without SMTP', () => {
  it('writes an RFC 822 .eml with both parts, the one-click unsubscribe headers and the site as sender', async () => {
    const mail = composeMail({
      kind: 'reply',
      to: 'awa@example.com',
      subject: 'Nouvelle réponse à votre commentaire',
      blocks: [{ paragraph: 'Moussa vous a répondu :' }, { quote: 'Je ne suis pas <b>d’accord</b>.' }],
      footer: 'Kiosque',
      unsubscribe: { href: 'https://kiosque.example/desabonnement/jeton', label: 'Se désabonner' },
    });
    await send({ id: 1, ...mail });
    const parsed = await written(1);
    expect(parsed.subject).toBe('Nouvelle réponse à votre commentaire');
    expect(parsed.from?.value[0]).toMatchObject({ name: 'Kiosque', address: 'ne-pas-repondre@kiosque.example' });
    expect(parsed.text).toContain('> Je ne suis pas <b>d’accord</b>.');
    expect(parsed.html).toContain('Je ne suis pas &lt;b&gt;d’accord&lt;/b&gt;.');
    const header = (key: string) => parsed.headerLines.find((line) => line.key === key)?.line;
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe')).toBe('List-Unsubscribe: <https://kiosque.example/desabonnement/jeton>');
  });

  it('keeps a reader-written line break out of the headers: no header can be injected through a subject', async () => {
    const mail = composeMail({
      kind: 'reply',
      to: 'awa@example.com',
      subject: 'Réponse de Moussa\r\nBcc: victime@example.com\r\n\r\nCorps injecté',
      blocks: [{ paragraph: 'Texte.' }],
      footer: 'Kiosque',
    });
    await send({ id: 2, ...mail });
    const parsed = await written(2);
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.subject).toBe('Réponse de Moussa Bcc: victime@example.com Corps injecté');
    expect(parsed.text).not.toContain('Corps injecté');
  });
});
