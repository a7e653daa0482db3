import fs from 'node:fs';
import path from 'node:path';
import { t } from '@/lib/i18n';

export type EdgeSettings = {
  originHost: string;
  originPort: number;
  /** Addresses allowed to purge: the origin's. */
  purgers: string[];
  healthPath: string;
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The French page the edge answers when the origin is down and it has no copy of the page asked for. */
export function unavailablePage(): string {
  const m = t.unavailable;
  return (
    `<!doctype html><html lang="fr"><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${escapeHtml(m.title)}</title><h1>${escapeHtml(m.title)}</h1><p>${escapeHtml(m.body)}</p>` +
    `<p>${escapeHtml(m.unsentPost)}</p><p><a href="/">${escapeHtml(m.home)}</a></p></html>`
  );
}

/** scripts/edge/kiosque.vcl with this machine's values filled in. */
export function renderEdgeConfig(settings: EdgeSettings): string {
  const template = fs.readFileSync(path.join(import.meta.dirname, 'kiosque.vcl'), 'utf8');
  const values: Record<string, string> = {
    ORIGIN_HOST: settings.originHost,
    ORIGIN_PORT: String(settings.originPort),
    PURGERS: settings.purgers.map((address) => `"${address}";`).join('\n  '),
    HEALTH_PATH: settings.healthPath,
    // A VCL long string ends at "}: the page never holds one.
    UNAVAILABLE_PAGE: unavailablePage().replaceAll('"}', '" }'),
  };
  return template.replace(/@([A-Z_]+)@/g, (_, key: string) => values[key] ?? `@${key}@`);
}
