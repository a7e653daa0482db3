import { describe, expect, it } from 'vitest';
import { readWxr, WxrError, type WxrRecord } from './wxr-reader';

async function read(text: string, chunk = 7): Promise<WxrRecord[]> {
  async function* pieces() {
    for (let i = 0; i < text.length; i += chunk) yield text.slice(i, i + chunk);
  }
  const records: WxrRecord[] = [];
  for await (const record of readWxr(pieces())) records.push(record);
  return records;
}

const wxr = (version: string, body: string) =>
  `<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<wp:wxr_version>${version}</wp:wxr_version>\n${body}\n</channel>\n</rss>`;

describe('readWxr', () => {
  it('reads authors, terms and items with their meta and comments, whatever the chunk boundaries', async () => {
    const records = await read(
      wxr(
        '1.1',
        `<wp:author><wp:author_login><![CDATA[awa]]></wp:author_login></wp:author>
<item><title>Titre &amp; suite</title><category domain="post_tag" nicename="cacao">Cacao</category>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>5</wp:meta_value></wp:postmeta>
<wp:comment><wp:comment_id>3</wp:comment_id><wp:commentmeta><wp:meta_key>akismet</wp:meta_key><wp:meta_value>x</wp:meta_value></wp:commentmeta></wp:comment></item>`,
      ),
    );
    expect(records.map((r) => r.kind)).toEqual(['author', 'site', 'item']);
    const item = records[2] as Extract<WxrRecord, { kind: 'item' }>;
    expect(item.fields.title).toBe('Titre & suite');
    expect(item.line).toBe(6);
    expect(item.categories).toEqual([{ domain: 'post_tag', nicename: 'cacao', name: 'Cacao' }]);
    expect(item.meta).toEqual({ _thumbnail_id: '5' });
    expect(item.comments[0].fields['wp:comment_id']).toBe('3');
    expect(item.comments[0].meta).toEqual({ akismet: 'x' });
  });

  it('names the line of a truncated file, a file that is not XML, and an unknown WXR version', async () => {
    await expect(read(wxr('1.2', '<item><title>Coupé').slice(0, 90))).rejects.toThrow(WxrError);
    await expect(read('Ceci n’est pas du XML')).rejects.toThrow(/ligne 1 : XML illisible/);
    await expect(read('<html><body/></html>')).rejects.toThrow(/ce n’est pas un export WordPress/);
    await expect(read(wxr('3.0', ''))).rejects.toThrow(/ligne 4 : version WXR « 3.0 » inconnue/);
    await expect(read('')).rejects.toThrow(WxrError);
  });
});
