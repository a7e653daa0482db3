/** A refused request's answer: a small French HTML page with one link back, no layout, no script. */
export function refusalPage(message: string, back: { href: string; label: string }): string {
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="fr"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(message)}</title><p>${escape(message)}</p><p><a href="${escape(back.href)}">${escape(back.label)}</a></p></html>`;
}
