import { describe, expect, it } from 'vitest';
import { bodyImages, markdownToText, readingMinutes, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings, quotes, lists, links and images', () => {
    const html = renderMarkdown(
      '# Titre\n\n## Partie\n\n> « Une citation »\n\n- un\n- deux\n\n[lien](https://example.cm/a) ![Carte](https://example.cm/c.webp)',
    );
    for (const part of [
      '<h2>Titre</h2>',
      '<h2>Partie</h2>',
      '<blockquote>\n<p>« Une citation »</p>\n</blockquote>',
      '<li>un</li>',
      '<a href="https://example.cm/a" rel="noopener">lien</a>',
      '<img src="https://example.cm/c.webp" alt="Carte" loading="lazy" decoding="async" />',
    ])
      expect(html).toContain(part);
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

describe('embeds', () => {
  it('turns a provider address alone on its line into a link that loads nothing', () => {
    const html = renderMarkdown('Avant.\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nAprès.');
    expect(html).toContain(
      '<figure class="embed embed--youtube"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener" data-embed="youtube">Voir la vidéo sur YouTube</a>',
    );
    expect(html).not.toMatch(/<iframe|youtube-nocookie/);
  });

  it('leaves an address inside a sentence a plain link', () => {
    const html = renderMarkdown('Voir https://www.youtube.com/watch?v=dQw4w9WgXcQ ici.');
    expect(html).not.toContain('data-embed');
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener">');
  });

  it('keeps an allowed pasted player as the same link and drops any other iframe whole', () => {
    const html = renderMarkdown(
      [
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" allowfullscreen></iframe>',
        '<iframe src="https://youtube.com.evil.example/embed/dQw4w9WgXcQ"></iframe>',
        '<iframe src="javascript:alert(1)"></iframe>',
        '<iframe src="https://evil.example/" onload="alert(1)"></iframe>',
        'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      ].join('\n\n'),
    );
    expect(html.match(/data-embed=/g)).toHaveLength(1);
    expect(html).not.toMatch(/iframe|javascript:|onload/i);
    // A lookalike address alone stays an ordinary link, never an embed.
    expect(html).toContain('<a href="https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ" rel="noopener">');
  });

  it('never lets a link written by hand pose as an embed', () => {
    expect(renderMarkdown('[vidéo](https://evil.example/watch?v=dQw4w9WgXcQ)')).not.toContain('data-embed');
  });
});

describe('library pictures', () => {
  const picture = (src: string) =>
    src === '/medias/0123456789abcdef0123456789abcdef.jpg'
      ? { width: 1600, height: 900, alt: 'Le marché central', caption: 'Un matin à Douala', credit: 'Photo A. B.' }
      : null;

  it('render as a figure with size, srcset, caption and credit, lazily below the opening', () => {
    const html = renderMarkdown('Texte.\n\n![](/medias/0123456789abcdef0123456789abcdef.jpg)', { picture });
    expect(html).toContain(
      '<figure><img src="/_next/image?url=%2Fmedias%2F0123456789abcdef0123456789abcdef.jpg&amp;w=1080&amp;q=75"',
    );
    expect(html).toMatch(/srcset="[^"]*w=640&amp;q=75 640w, [^"]*w=1920&amp;q=75 1920w"/);
    expect(html).toContain('width="1600" height="900"');
    expect(html).toContain('alt="Le marché central"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain(
      '<figcaption>Un matin à Douala <span class="credit">Photo A. B.</span></figcaption></figure>',
    );
  });

  it('load at once when they open the body, and keep the alt text the body gives', () => {
    const html = renderMarkdown('![Autre texte](/medias/0123456789abcdef0123456789abcdef.jpg)', { picture });
    expect(html).toContain('loading="eager"');
    expect(html).toContain('alt="Autre texte"');
  });

  it('lists the pictures of a body with their own alt text', () => {
    expect(bodyImages('![](/medias/a.jpg) et ![Carte](https://example.cm/c.webp)')).toEqual([
      { src: '/medias/a.jpg', alt: '' },
      { src: 'https://example.cm/c.webp', alt: 'Carte' },
    ]);
  });
});

describe('markdownToText', () => {
  it('reads a body with pictures and embeds', () => {
    expect(
      markdownToText(`Avant.\n\n![Carte](/medias/a.jpg)\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ`),
    ).toContain('Avant.');
  });
});
