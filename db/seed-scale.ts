// The benchmark database: 10,000 articles with long bodies and 200,000 comments, built in well under a
// minute with prepared statements in large transactions. Deterministic: the same numbers give the same rows.
import { emailHash, sealEmail } from '@/lib/commenter-identity';
import { markdownToText, renderMarkdown } from '@/lib/markdown';
import { slugify } from '@/lib/slug';
import type { Db } from './index';

export type ScaleOptions = {
  articles?: number;
  comments?: number;
  bigArticleComments?: number;
  smallArticleComments?: number;
};
export type ScaleResult = { articles: number; comments: number; bigArticleSlug: string; smallArticleSlug: string };

const DAY = 86_400_000;
const WORDS = (
  'le la les un une des du de et à au aux pour par avec sans sur sous dans entre vers chez depuis pendant selon contre ' +
  'gouvernement ministre région ville commune marché prix récolte cacao café route pont école hôpital santé élève enseignant ' +
  'football match équipe stade championnat saison joueur entraîneur budget impôt douane frontière sécurité police justice ' +
  'tribunal élection député maire conseil réunion sommet accord projet travaux chantier transport bus train port aéroport ' +
  'numérique réseau téléphone paiement banque crédit entreprise emploi jeunesse femme famille culture livre festival musique ' +
  'a annoncé a déclaré souligne rappelle estime précise affirme prévoit lance inaugure visite reçoit signe rejette attend ' +
  'nouveau nouvelle important grande petite prochaine dernière premier première national nationale local locale régional ' +
  'Yaoundé Douala Garoua Bafoussam Bamenda Kribi Limbé Ebolowa Bertoua Maroua Ngaoundéré Almaty Astana Kazakhstan CEMAC OTSC'
).split(' ');

/** A small seeded generator (mulberry32), so the scale database is the same on every machine. */
export function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]) => items[int(items.length)];
  const sentence = (min: number, max: number) => {
    const words = Array.from({ length: min + int(max - min) }, () => pick(WORDS));
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  return { next, int, pick, sentence };
}

type Block = { markdown: string; html: string; text: string; words: number };

/** Paragraph-level Markdown blocks rendered once; a body is a run of them, so its HTML is their concatenation. */
function makeBlocks(rng: ReturnType<typeof random>, count: number): Block[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = i % 10;
    const markdown =
      kind === 0
        ? `## ${rng.sentence(3, 7).slice(0, -1)}`
        : kind === 1
          ? `> « ${rng.sentence(10, 25)} »`
          : kind === 2
            ? Array.from({ length: 3 + rng.int(3) }, () => `- ${rng.sentence(4, 10)}`).join('\n')
            : Array.from({ length: 3 + rng.int(5) }, () => rng.sentence(8, 22)).join(' ');
    return {
      markdown,
      html: renderMarkdown(markdown),
      text: markdownToText(markdown),
      words: markdown.split(/\s+/).length,
    };
  });
}

function progress(label: string, done: number, total: number) {
  if (done % 1000 === 0 || done === total) process.stderr.write(`\r${label} ${done}/${total}   `);
  if (done === total) process.stderr.write('\n');
}

export function seedScaleContent(db: Db, options: ScaleOptions = {}): ScaleResult {
  const articleCount = options.articles ?? 10_000;
  const commentCount = options.comments ?? 200_000;
  const bigComments = options.bigArticleComments ?? 2_000;
  const smallComments = options.smallArticleComments ?? 20;
  const started = Date.now();
  const rng = random(42);
  const sqlite = db.$client;
  sqlite.pragma('synchronous = OFF');

  const sections = ['International', 'Politique', 'Économie', 'Société', 'Sport', 'Culture', 'Kazakhstan', 'Santé'];
  const sectionIds = sections.map(
    (name, position) =>
      (
        sqlite
          .prepare('insert into sections (slug, name, description, position) values (?, ?, ?, ?) returning id')
          .get(slugify(name), name, `Toute l’actualité : ${name}.`, position) as { id: number }
      ).id,
  );
  const authorIds = Array.from({ length: 10 }, (_, i) => {
    const name = `${rng.pick(['Awa', 'Jean', 'Brigitte', 'Paul', 'Mireille', 'Samuel', 'Aïcha', 'Hervé'])} ${rng.pick(['Ngo', 'Essomba', 'Bello', 'Fotso', 'Kamga', 'Mbarga'])} ${i + 1}`;
    return (
      sqlite
        .prepare("insert into users (slug, name, email, role, bio) values (?, ?, ?, 'editor', ?) returning id")
        .get(slugify(name), name, `redaction${i + 1}@kiosque.example`, rng.sentence(8, 16)) as { id: number }
    ).id;
  });
  const tagIds = Array.from({ length: 200 }, (_, i) => {
    const name = `${rng.pick(WORDS.slice(20))} ${i + 1}`;
    return (
      sqlite.prepare('insert into tags (slug, name) values (?, ?) returning id').get(slugify(name), name) as {
        id: number;
      }
    ).id;
  });

  const blocks = makeBlocks(rng, 400);
  const insertArticle = sqlite.prepare(
    `insert into articles (id, slug, title, dek, body_markdown, body_html, reading_minutes, status, published_at, updated_at, created_at, section_id, author_id, featured, comment_mode, keep_comments_open)
     values (?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, 'open', 1)`,
  );
  const insertTag = sqlite.prepare('insert or ignore into article_tags (article_id, tag_id) values (?, ?)');
  // The search index (migration 0003) rewrites an article's whole row for each tag it gains: the body
  // text comes last, once the tags are in, so it is tokenised once
  // (measured: 11 s for the whole seed instead of 14 s; 6 s without search).
  const setBodyText = sqlite.prepare('update articles set body_text = ? where id = ?');
  const now = Date.now();
  const publishedAt: number[] = [];
  const slugs: string[] = [];
  sqlite.transaction(() => {
    for (let id = 1; id <= articleCount; id++) {
      // Article 1 is the newest; the rest go back about three years.
      const when = now - 3_600_000 - Math.floor(((id - 1) / articleCount) * 3 * 365 * DAY) - rng.int(3_600_000);
      const title = rng.sentence(6, 12).slice(0, -1);
      const slug = `${slugify(title).slice(0, 60).replace(/-+$/, '')}-${id}`;
      const chosen = Array.from({ length: 12 + rng.int(12) }, () => blocks[rng.int(blocks.length)]);
      const words = chosen.reduce((sum, block) => sum + block.words, 0);
      insertArticle.run(
        id,
        slug,
        title,
        rng.sentence(12, 24),
        chosen.map((block) => block.markdown).join('\n\n'),
        chosen.map((block) => block.html).join(''),
        Math.max(1, Math.round(words / 220)),
        when,
        null,
        when,
        rng.pick(sectionIds),
        rng.pick(authorIds),
        id % 300 === 0 ? 1 : 0,
      );
      for (let t = 1 + rng.int(4); t > 0; t--) insertTag.run(id, rng.pick(tagIds));
      setBodyText.run(chosen.map((block) => block.text).join(' '), id);
      publishedAt[id] = when;
      slugs[id] = slug;
      progress('articles', id, articleCount);
    }
  })();

  const commenters = Array.from({ length: 20_000 }, (_, i) => {
    const name = `${rng.pick(['Alain', 'Mireille', 'Thierry', 'Carine', 'Ibrahim', 'Nadège', 'Serge', 'Estelle'])} ${rng.pick(['F.', 'N.', 'K.', 'M.', 'B.'])}${i}`;
    const email = `lecteur${i}@example.com`;
    // Sealed once per reader: what comments store (lib/commenter-identity.ts).
    return { name, email: sealEmail(email), hash: emailHash(email) };
  });
  const insertComment = sqlite.prepare(
    `insert into comments (id, article_id, parent_id, thread_id, depth, author_name, author_email, author_email_hash, body, status, held_reason, created_at, ip, user_agent)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let nextId = 1;
  /** Writes `count` comments on one article: about a third top-level, the rest replies up to depth 3. */
  const writeThread = (articleId: number, count: number, allApproved: boolean) => {
    const placed: { id: number; threadId: number; depth: number }[] = [];
    for (let i = 0; i < count; i++) {
      const parent =
        placed.length > 0 && rng.next() < 0.65
          ? placed[placed.length - 1 - rng.int(Math.min(placed.length, 30))]
          : null;
      const attachTo = parent && parent.depth >= 3 ? null : parent;
      const who = rng.pick(commenters);
      const roll = rng.next();
      const status = allApproved || roll < 0.9 ? 'approved' : roll < 0.95 ? 'pending' : roll < 0.98 ? 'spam' : 'trash';
      const id = nextId++;
      const threadId = attachTo ? attachTo.threadId : id;
      insertComment.run(
        id,
        articleId,
        attachTo?.id ?? null,
        attachTo ? threadId : null,
        attachTo ? attachTo.depth + 1 : 0,
        who.name,
        who.email,
        who.hash,
        rng.sentence(8, 40),
        status,
        status === 'approved' ? 'returning-commenter' : 'first-comment',
        publishedAt[articleId] + (i + 1) * 60_000 + rng.int(60_000),
        `192.0.2.${rng.int(250)}`,
        'Mozilla/5.0 (Linux; Android 10) Kiosque-scale',
      );
      if (status === 'approved') placed.push({ id, threadId, depth: attachTo ? attachTo.depth + 1 : 0 });
      progress('commentaires', nextId - 1, commentCount);
    }
  };
  const bigArticle = 1;
  const smallArticle = 2;
  sqlite.transaction(() => {
    writeThread(bigArticle, bigComments, true);
    writeThread(smallArticle, smallComments, true);
    let remaining = commentCount - bigComments - smallComments;
    while (remaining > 0) {
      // Most articles get 0–40 comments; the newest get more, as news sites see.
      const articleId = 3 + Math.floor(Math.pow(rng.next(), 2) * (articleCount - 2));
      const count = Math.min(remaining, 1 + rng.int(40));
      writeThread(Math.min(articleId, articleCount), count, false);
      remaining -= count;
    }
  })();

  sqlite.exec(
    `update articles set comment_count = (select count(*) from comments c where c.article_id = articles.id and c.status = 'approved')`,
  );
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec('analyze');
  const result = {
    articles: articleCount,
    comments: nextId - 1,
    bigArticleSlug: slugs[bigArticle],
    smallArticleSlug: slugs[smallArticle],
  };
  console.error(
    `base de test : ${result.articles} articles, ${result.comments} commentaires en ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`article à ${bigComments} commentaires : /article/${result.bigArticleSlug}`);
  console.log(`article à ${smallComments} commentaires : /article/${result.smallArticleSlug}`);
  return result;
}
