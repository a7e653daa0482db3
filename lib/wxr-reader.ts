import { SaxesParser } from 'saxes';

// A WordPress export (WXR) read as a stream of records, one per author, category, tag and item, so a
// file of any size is never held in memory whole. Pure reading: what the records mean is decided elsewhere.

export const knownWxrVersions = ['1.0', '1.1', '1.2'];

export type WxrSite = { kind: 'site'; version: string; baseSiteUrl: string; baseBlogUrl: string; link: string };
export type WxrAuthor = { kind: 'author'; line: number; fields: Record<string, string>; meta: Record<string, string> };
export type WxrTerm = {
  kind: 'category' | 'tag';
  line: number;
  fields: Record<string, string>;
  meta: Record<string, string>;
};
export type WxrComment = { line: number; fields: Record<string, string>; meta: Record<string, string> };
export type WxrItem = {
  kind: 'item';
  line: number;
  fields: Record<string, string>;
  categories: { domain: string; nicename: string; name: string }[];
  meta: Record<string, string>;
  comments: WxrComment[];
};
export type WxrRecord = WxrSite | WxrAuthor | WxrTerm | WxrItem;

/** A file that cannot be read as a WordPress export; the line says where it went wrong. */
export class WxrError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`ligne ${line} : ${message}`);
  }
}

type Open = { name: string; line: number; text: string; attributes: Record<string, string> };

/** Reads WXR from a stream of text or bytes; yields records as their closing tags are read. */
export async function* readWxr(source: AsyncIterable<string>): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: Open[] = [];
  const ready: WxrRecord[] = [];
  const site = { version: '', baseSiteUrl: '', baseBlogUrl: '', link: '' };
  let siteSent = false;
  let item: WxrItem | null = null;
  let comment: WxrComment | null = null;
  let term: WxrAuthor | WxrTerm | null = null;
  let metaKey = '';
  let sawRoot = false;

  const sendSite = (line: number) => {
    if (siteSent) return;
    siteSent = true;
    if (!site.version) throw new WxrError('fichier XML sans wp:wxr_version : ce n’est pas un export WordPress', line);
    ready.push({ kind: 'site', ...site });
  };

  parser.on('error', (error) => {
    throw new WxrError(`XML illisible (${error.message.replace(/^[^:]*:\d+:\d+: /, '')})`, parser.line);
  });
  parser.on('opentag', (tag) => {
    const line = parser.line;
    if (!sawRoot) {
      sawRoot = true;
      if (tag.name !== 'rss')
        throw new WxrError(`élément racine <${tag.name}> : ce n’est pas un export WordPress`, line);
    }
    stack.push({ name: tag.name, line, text: '', attributes: tag.attributes as Record<string, string> });
    const parent = stack.at(-2)?.name;
    if (tag.name === 'item' && parent === 'channel') {
      sendSite(line);
      item = { kind: 'item', line, fields: {}, categories: [], meta: {}, comments: [] };
    } else if (tag.name === 'wp:comment' && item) comment = { line, fields: {}, meta: {} };
    else if (parent === 'channel' && !item) {
      if (tag.name === 'wp:author') term = { kind: 'author', line, fields: {}, meta: {} };
      else if (tag.name === 'wp:category') term = { kind: 'category', line, fields: {}, meta: {} };
      else if (tag.name === 'wp:tag') term = { kind: 'tag', line, fields: {}, meta: {} };
    }
  });
  const addText = (text: string) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const open = stack.pop()!;
    const parent = stack.at(-1)?.name;
    const text = open.text;
    if (item) {
      if (open.name === 'item') {
        ready.push(item);
        item = null;
      } else if (comment) {
        if (open.name === 'wp:comment') {
          item.comments.push(comment);
          comment = null;
        } else if (open.name === 'wp:meta_key' && parent === 'wp:commentmeta') metaKey = text;
        else if (open.name === 'wp:meta_value' && parent === 'wp:commentmeta') comment.meta[metaKey] = text;
        else if (parent === 'wp:comment') comment.fields[open.name] = text;
      } else if (open.name === 'wp:meta_key' && parent === 'wp:postmeta') metaKey = text;
      else if (open.name === 'wp:meta_value' && parent === 'wp:postmeta') item.meta[metaKey] = text;
      else if (open.name === 'category' && parent === 'item')
        item.categories.push({
          domain: open.attributes.domain ?? 'category',
          nicename: open.attributes.nicename ?? '',
          name: text,
        });
      else if (parent === 'item') item.fields[open.name] = text;
    } else if (term) {
      if (open.name === `wp:${term.kind}`) {
        ready.push(term);
        term = null;
      } else if (open.name === 'wp:meta_key' && parent === 'wp:termmeta') metaKey = text;
      else if (open.name === 'wp:meta_value' && parent === 'wp:termmeta') term.meta[metaKey] = text;
      else if (parent === `wp:${term.kind}`) term.fields[open.name] = text;
    } else if (parent === 'channel') {
      if (open.name === 'wp:wxr_version') {
        site.version = text.trim();
        if (!knownWxrVersions.includes(site.version))
          throw new WxrError(
            `version WXR « ${site.version} » inconnue (connues : ${knownWxrVersions.join(', ')})`,
            open.line,
          );
      } else if (open.name === 'wp:base_site_url') site.baseSiteUrl = text.trim();
      else if (open.name === 'wp:base_blog_url') site.baseBlogUrl = text.trim();
      else if (open.name === 'link') site.link = text.trim();
    }
    if (open.name === 'channel') sendSite(open.line);
  });

  for await (const chunk of source) {
    parser.write(chunk);
    yield* ready.splice(0);
  }
  parser.close();
  if (!sawRoot) throw new WxrError('fichier vide : ce n’est pas un export WordPress', parser.line);
  yield* ready.splice(0);
}
