import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articles, sections } from './seed-content';

// The article the project started from, kept beside the project (not in it): the seed must be a
// word-for-word copy. The e2e specs then check that the page shows the seed.
const original = path.resolve(import.meta.dirname, '../../shared/seed-article.txt');

describe('the seed article', () => {
  it.skipIf(!fs.existsSync(original))(
    'is ../shared/seed-article.txt word for word: title, section, paragraphs, source',
    () => {
      const [title, section, ...rest] = fs
        .readFileSync(original, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      const seed = articles[0]!;
      const words = (text: string) => text.split(/\s+/).filter(Boolean);
      expect(seed.title).toBe(title);
      expect(sections.find((candidate) => candidate.slug === seed.section)?.name).toBe(section);
      const paragraphs = seed.bodyMarkdown.split(/\n\s*\n/);
      expect(paragraphs.map(words)).toEqual(rest.slice(0, paragraphs.length).map(words));
      expect(seed.source).toBe(rest[paragraphs.length]);
      expect(seed.publishedAt.toISOString().slice(0, 10)).toBe('2022-01-12');
    },
  );
});
