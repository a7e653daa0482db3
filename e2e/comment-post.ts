import type { APIRequestContext } from '@playwright/test';

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
