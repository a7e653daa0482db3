import type { APIRequestContext } from '@playwright/test';

/*
 * The comment form refuses a post sent less than minSubmitSeconds after it was rendered (a bot's speed).
 * Instead of waiting like a person, the tests move the form's clock: its signed token is minted again for
 * a minute ago, with the same secret as the server (lib/secret.ts reads it beside the run's database).
 * If the form's token changes shape, this is the one place to adapt.
 */
const FORM_AGE_MS = 60_000;

/** A form token for the article, as if its form had been rendered a minute ago. */
export async function formTokenRenderedEarlier(articleId: number): Promise<string> {
  // lib/config.ts reads DATABASE_PATH when first imported: set it to the run's database before that.
  process.env.DATABASE_PATH ??= process.env.E2E_DATABASE_PATH;
  const { issueFormToken } = await import('../lib/commenter-cookies');
  return issueFormToken(articleId, Date.now() - FORM_AGE_MS);
}

/**
 * The hidden fields of the article's comment form as the server rendered them (the action reference,
 * its bound state, the article id and signed token): what a no-JavaScript browser, or a script, posts.
 */
export function readCommentForm(html: string): Record<string, string> {
  const start = html.indexOf('class="comment-form"');
  const form = html.slice(html.lastIndexOf('<form', start), html.indexOf('</form>', start));
  const fields: Record<string, string> = {};
  for (const [, attributes] of form.matchAll(/<input type="hidden"([^>]*)\/>/g)) {
    const name = attributes.match(/name="([^"]*)"/)?.[1];
    const value = attributes.match(/value="([^"]*)"/)?.[1] ?? '';
    if (name) fields[name] = value.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  }
  return fields;
}

/** The form's hidden fields, its token minted as if the form had been rendered a minute ago (no waiting). */
export async function readAgedCommentForm(html: string): Promise<Record<string, string>> {
  const fields = readCommentForm(html);
  return { ...fields, token: await formTokenRenderedEarlier(Number(fields.articleId)) };
}

/** Posts the comment form as a plain form submission; answers with the status and where it redirects. */
export async function postCommentForm(
  request: APIRequestContext,
  path: string,
  hidden: Record<string, string>,
  fields: Record<string, string>,
  ip: string,
) {
  const response = await request.post(path, {
    multipart: { ...hidden, ...fields },
    headers: { 'x-forwarded-for': ip },
    maxRedirects: 0,
  });
  return { status: response.status(), location: response.headers()['location'] ?? null, body: await response.text() };
}
