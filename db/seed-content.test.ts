import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articles, sections } from './seed-content';

// The article the project started from is kept beside the project (../shared/seed-article.txt), not in
// it: the seed must be a word-for-word copy. A clean clone has no ../shared, so the test that always runs
// compares the seed with the SHA-256 of the original's words (title, section, paragraphs, source; one line
// each, spaces collapsed), taken once from the original; the e2e specs then check the page against the seed.
const ORIGINAL_WORDS_SHA256 = 'b185539d532995d94c3f004014d17bb4eafdf74e07a2d25a6a9dd13d25d6c796';
const original = path.resolve(import.meta.dirname, '../../shared/seed-article.txt');
const hasOriginal = fs.existsSync(original);

const words = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');
const seed = articles[0]!;
const paragraphs = seed.bodyMarkdown.split(/\n\s*\n/);
const seedLines = [
  seed.title,
  sections.find((candidate) => candidate.slug === seed.section)?.name ?? '',
  ...paragraphs,
  seed.source ?? '',
].map(words);

describe('the seed article', () => {
  it('has the words of the original: title, section, paragraphs and source (by their hash)', () => {
    expect(createHash('sha256').update(seedLines.join('\n')).digest('hex')).toBe(ORIGINAL_WORDS_SHA256);
    expect(seed.publishedAt.toISOString().slice(0, 10)).toBe('2022-01-12');
  });

  it.skipIf(!hasOriginal)(
    hasOriginal
      ? 'is ../shared/seed-article.txt word for word, line by line'
      : 'is ../shared/seed-article.txt word for word, line by line (skipped: no ../shared beside this clone; the hash above still checks it)',
    () => {
      const [title, section, ...rest] = fs
        .readFileSync(original, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      expect(seedLines).toEqual(
        [title, section, ...rest.slice(0, paragraphs.length), rest[paragraphs.length]].map((line) => words(line ?? '')),
      );
    },
  );
});
