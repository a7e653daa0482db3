import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';
import { commentHtmlToText, wordpressCommentToText, wordpressToMarkdown } from './wordpress-content';

const images = {
  q: { src: 'https://wp.example/q.jpg', alt: 'Quai' },
  g: { src: 'https://wp.example/g.jpg', alt: 'Grue' },
};
const convert = (content: string) =>
  wordpressToMarkdown(content, { galleryImages: (ids) => (ids.length ? [images.q] : [images.q, images.g]) });
const html = (content: string) => renderMarkdown(convert(content).markdown);

describe('wordpressToMarkdown', () => {
  it('makes paragraphs from blank lines and line breaks from single newlines, as wpautop does', () => {
    expect(html('Un.\nDeux.\n\nTrois.')).toBe('<p>Un.<br />\nDeux.</p>\n<p>Trois.</p>\n');
  });

  it('removes block comments and keeps the blocks', () => {
    expect(html('<!-- wp:paragraph -->\n<p>Texte.</p>\n<!-- /wp:paragraph -->\n<!-- wp:separator /-->')).toBe(
      '<p>Texte.</p>\n',
    );
  });

  it('turns [caption] into a figure with its caption, through the one renderer', () => {
    expect(
      html(
        '[caption id="a" width="300"]<a href="x"><img src="https://wp.example/q.jpg" alt="Quai" /></a> Le quai[/caption]',
      ),
    ).toBe(
      '<figure><img src="https://wp.example/q.jpg" alt="Quai" title="Le quai" loading="lazy" decoding="async" /><figcaption>Le quai</figcaption></figure>\n',
    );
  });

  it('expands galleries into their images and a URL alone on its line into a link', () => {
    expect(convert('[gallery]').markdown).toBe(
      '![Quai](https://wp.example/q.jpg)\n\n![Grue](https://wp.example/g.jpg)',
    );
    expect(convert('[gallery ids="4"]').markdown).toBe('![Quai](https://wp.example/q.jpg)');
    expect(html('Avant\n\nhttps://www.youtube.com/watch?v=x1\n\nAprès')).toContain(
      '<p><a href="https://www.youtube.com/watch?v=x1" rel="noopener">https://www.youtube.com/watch?v=x1</a></p>',
    );
  });

  it('strips unknown shortcodes, keeps what they enclosed, lists them, and leaves [bracketed] prose alone', () => {
    const result = convert('[sondage id="2"]Votez[/sondage] et [sic] [pub /] fin [/orphelin]');
    expect(result.markdown).toBe('Votez et \\[sic\\] fin');
    expect(result.unknownShortcodes).toEqual(['orphelin', 'pub', 'sondage']);
  });

  it('never lets a script or an event handler through', () => {
    expect(
      html('<script>alert(1)</script><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">a</a>'),
    ).not.toMatch(/<script|onerror|href="javascript/);
  });
});

describe('wordpressCommentToText', () => {
  it('keeps paragraphs and link targets as text, with entities decoded', () => {
    expect(wordpressCommentToText('Un <a href="https://s.example">lien</a> &amp; <b>gras</b>.\n\nDeux.\nTrois.')).toBe(
      'Un lien (https://s.example) & gras.\n\nDeux.\nTrois.',
    );
  });

  it('reads a comment without markup as wpautop would, without running it', () => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pieces = ['mot', 'é', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '.'];
    for (let n = 0; n < 5000; n++) {
      const text = Array.from(
        { length: Math.floor(next() * 16) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join('');
      expect(wordpressCommentToText(text), JSON.stringify(text)).toBe(commentHtmlToText(text));
    }
  });
});
