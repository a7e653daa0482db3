import { type BrowserContext } from '@playwright/test';

export const seedSlug = 'la-situation-au-kazakhstan-a-confirme-la-valeur-militaro-politique-de-lotsc';

let counter = 0;
/** A commenter of one's own per test: unique e-mail and client address, so flood limits never cross tests. */
export function newCommenter(label: string) {
  const id = `${Date.now().toString(36)}${process.pid}${++counter}`;
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase().replace(/\W+/g, '')}.${id}@example.com`,
    ip: `198.51.${counter % 250}.${(process.pid + counter) % 250}`,
  };
}

export async function useClientAddress(context: BrowserContext, ip: string) {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': ip });
}
