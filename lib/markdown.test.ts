import { describe, expect, it } from 'vitest';
import { readingMinutes, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings, quotes, lists, links and images', () => {
    const html = renderMarkdown(
      '# Titre\n\n## Partie\n\n> « Une citation »\n\n- un\n- deux\n\n[lien](https://example.cm/a) ![Carte](https://example.cm/c.webp)',
    );
    expect(html).toContain('<h2>Titre</h2>');
    expect(html).toContain('<h2>Partie</h2>');
    expect(html).toContain('<blockquote>\n<p>« Une citation »</p>\n</blockquote>');
    expect(html).toContain('<li>un</li>');
    expect(html).toContain('<a href="https://example.cm/a" rel="noopener">lien</a>');
    expect(html).toContain('<img src="https://example.cm/c.webp" alt="Carte" loading="lazy" decoding="async" />');
  });

  it('keeps French typography exactly as written', () => {
    const text =
      '« La situation actuelle a une fois de plus confirmé la valeur de l’organisation », a indiqué M. Tokaïev.';
    expect(renderMarkdown(text)).toBe(`<p>${text}</p>\n`);
  });

  it('never lets scripts, event handlers or javascript: links through', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[clic](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)\n\n![x](javascript:alert(1))\n\n<a href="https://e.cm" onclick="alert(1)">a</a>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).not.toMatch(/<a[^>]*onclick/i);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).not.toMatch(/src="javascript:/i);
    // The raw HTML stays visible as text, so nothing the journalist typed silently disappears.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('readingMinutes', () => {
  it('counts at least one minute and grows with the text', () => {
    expect(readingMinutes('Court.')).toBe(1);
    expect(readingMinutes('mot '.repeat(660))).toBe(3);
  });
});
