// A WordPress export of any size, written as WordPress writes it (WXR 1.2), for the import benchmark:
// classic and block posts, captions, tags and categories, and comments threaded up to ten deep.

const escapeCdata = (text: string) => text.replace(/]]>/g, ']]]]><![CDATA[>');
const cdata = (text: string) => `<![CDATA[${escapeCdata(text)}]]>`;
const words =
  'le la les un une des port ville marché pluie route école santé budget ministre quartier récolte cacao café pêche train élection équipe match saison'.split(
    ' ',
  );

function sentence(next: () => number, length: number): string {
  const picked = Array.from({ length }, () => words[Math.floor(next() * words.length)]);
  return picked.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
}

const wpDate = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Yields the file in pieces; random is a seeded generator so two runs write the same bytes. */
export function* scaleWxr(options: { posts: number; comments: number; random: () => number }): Generator<string> {
  const { posts, comments, random } = options;
  yield `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Échelle</title>
<link>https://echelle.example</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://echelle.example</wp:base_site_url>
<wp:base_blog_url>https://echelle.example</wp:base_blog_url>
`;
  for (let a = 1; a <= 20; a++)
    yield `<wp:author><wp:author_id>${a}</wp:author_id><wp:author_login>${cdata(`auteur${a}`)}</wp:author_login><wp:author_email>${cdata(`auteur${a}@echelle.example`)}</wp:author_email><wp:author_display_name>${cdata(`Auteur ${a}`)}</wp:author_display_name></wp:author>\n`;
  for (let c = 1; c <= 12; c++)
    yield `<wp:category><wp:term_id>${c}</wp:term_id><wp:category_nicename>${cdata(`rubrique-${c}`)}</wp:category_nicename><wp:category_parent>${cdata('')}</wp:category_parent><wp:cat_name>${cdata(`Rubrique ${c}`)}</wp:cat_name></wp:category>\n`;
  const start = Date.parse('2016-01-01T00:00:00Z');
  let commentId = 0;
  for (let p = 1; p <= posts; p++) {
    const date = start + p * 3_600_000 * 7;
    const id = 1000 + p;
    const paragraphs = Array.from({ length: 4 + Math.floor(random() * 6) }, () =>
      sentence(random, 30 + Math.floor(random() * 40)),
    );
    const body =
      p % 2
        ? paragraphs.join('\n\n')
        : paragraphs.map((text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`).join('\n\n');
    const slug = `article-${p}-${words[p % words.length]}`;
    const day = wpDate(date).slice(0, 10).replace(/-/g, '/');
    yield `<item><title>${cdata(sentence(random, 8))}</title><link>https://echelle.example/${day}/${slug}/</link><dc:creator>${cdata(`auteur${1 + (p % 20)}`)}</dc:creator><content:encoded>${cdata(body)}</content:encoded><excerpt:encoded>${cdata(sentence(random, 15))}</excerpt:encoded><wp:post_id>${id}</wp:post_id><wp:post_date>${cdata(wpDate(date + 3_600_000))}</wp:post_date><wp:post_date_gmt>${cdata(wpDate(date))}</wp:post_date_gmt><wp:comment_status>open</wp:comment_status><wp:post_name>${cdata(slug)}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><category domain="category" nicename="rubrique-${1 + (p % 12)}">${cdata(`Rubrique ${1 + (p % 12)}`)}</category><category domain="post_tag" nicename="mot-${p % 300}">${cdata(`Mot ${p % 300}`)}</category>\n`;
    const count = Math.round(comments / posts);
    const first = commentId + 1;
    for (let c = 0; c < count; c++) {
      commentId++;
      const parent = c > 0 && random() < 0.6 ? first + Math.floor(random() * c) : 0;
      const who = Math.floor(random() * 5000);
      const status = random() < 0.9 ? '1' : random() < 0.5 ? '0' : 'spam';
      yield `<wp:comment><wp:comment_id>${commentId}</wp:comment_id><wp:comment_author>${cdata(`Lecteur ${who}`)}</wp:comment_author><wp:comment_author_email>${cdata(`lecteur${who}@lecteurs.example`)}</wp:comment_author_email><wp:comment_author_url></wp:comment_author_url><wp:comment_author_IP>${cdata(`10.0.${who % 256}.${c % 256}`)}</wp:comment_author_IP><wp:comment_date>${cdata(wpDate(date + (c + 1) * 60_000))}</wp:comment_date><wp:comment_date_gmt>${cdata(wpDate(date + c * 60_000))}</wp:comment_date_gmt><wp:comment_content>${cdata(`${sentence(random, 12)}\n\n${sentence(random, 8)}`)}</wp:comment_content><wp:comment_approved>${status}</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>\n`;
    }
    yield '</item>\n';
  }
  yield '</channel>\n</rss>\n';
}
