import { describe, expect, it } from 'vitest';
import { lightPage } from './light-page';

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>` +
  `<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>` +
  `<link rel="stylesheet" href="/_next/static/chunks/b.css" data-precedence="next"/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/x.js"/>` +
  `<link rel="canonical" href="https://site.example/article/a"/>${head}` +
  `<script src="/_next/static/chunks/x.js" async=""></script></head><body>${body}` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
  `<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script></body></html>`;

const stylesheets: Record<string, string> = {
  '/_next/static/chunks/a.css': 'a{color:red}',
  '/_next/static/chunks/b.css': 'b{}',
};
const light = (html: string, path = '/article/a') =>
  lightPage({ html, path, stylesheet: (href) => stylesheets[href] ?? null });

describe('lightPage', () => {
  it('keeps no script but JSON-LD, and no React payload', () => {
    const { html } = light(
      page('<p>Texte</p>', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"a &lt; b"}</script>'),
    );
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('x.js');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle","headline":"a &lt; b"}</script>');
    expect(html).toContain('<p>Texte</p>');
  });

  it('inlines the stylesheets in one <style> where the first was, and keeps the canonical', () => {
    const { html, css } = light(page(''));
    expect(css).toBe('a{color:red}\nb{}');
    expect(html).toContain('<head><meta charset="utf-8"><style>a{color:red}\nb{}</style><link rel="canonical"');
    expect(html).not.toContain('rel="stylesheet"');
  });

  it('leaves a stylesheet it cannot read linked', () => {
    const { html } = lightPage({ html: page(''), path: '/', stylesheet: () => null });
    expect(html).toContain('href="/_next/static/chunks/a.css"');
    expect(html).not.toContain('<style>');
  });

  it('keeps forms whole: a server action’s hidden inputs are what make a post work without JavaScript', () => {
    const form =
      '<form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_REF_1"/>' +
      '<input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;60ab&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>' +
      '<input type="hidden" name="$ACTION_KEY" value="k1"/><textarea name="body">a &amp; b</textarea>' +
      '<button type="submit">Publier</button></form>';
    const { html } = light(page(form));
    expect(html).toContain('<input type="hidden" name="$ACTION_REF_1">');
    expect(html).toContain('value="{&quot;id&quot;:&quot;60ab&quot;,&quot;bound&quot;:&quot;$@1&quot;}"');
    expect(html).toContain('<input type="hidden" name="$ACTION_KEY" value="k1">');
    expect(html).toContain('<textarea name="body">a &amp; b</textarea>');
  });

  it('takes the smallest picture that fills a phone and loads all but the first lazily', () => {
    const srcset = (name: string) =>
      [256, 384, 640, 1080].map((w) => `/_next/image?url=%2F${name}&amp;w=${w}&amp;q=75 ${w}w`).join(', ');
    const images =
      `<img alt="Une" fetchPriority="high" loading="eager" sizes="100vw" srcSet="${srcset('a.jpg')}" src="/_next/image?url=%2Fa.jpg&amp;w=1080&amp;q=75"/>` +
      `<img alt="Deux" loading="lazy" sizes="50vw" srcSet="${srcset('b.jpg')}" src="/_next/image?url=%2Fb.jpg&amp;w=1080&amp;q=75"/>` +
      `<img alt="Trois" fetchpriority="high" src="https://ailleurs.example/c.jpg"/>`;
    const { html } = light(page(images));
    expect(html).toContain(
      '<img alt="Une" fetchpriority="high" loading="eager" src="/_next/image?url=%2Fa.jpg&amp;w=384&amp;q=75">',
    );
    expect(html).toContain('<img alt="Deux" loading="lazy" src="/_next/image?url=%2Fb.jpg&amp;w=384&amp;q=75">');
    expect(html).toContain('<img alt="Trois" src="https://ailleurs.example/c.jpg" loading="lazy">');
  });

  it('turns the footer’s "Version légère" into the way back to the full version of this page', () => {
    const { html } = light(
      page('<p><a href="/version/legere" rel="nofollow">Version légère</a></p>'),
      '/rubrique/a?page=2',
    );
    expect(html).toContain(
      '<a href="/version/complete?retour=%2Frubrique%2Fa%3Fpage%3D2" rel="nofollow">Version complète</a>',
    );
  });

  it('shows what is meant for readers without JavaScript, and drops React’s markers', () => {
    const { html } = light(page('<!--$--><noscript><p>Sans JavaScript</p></noscript><!--/$-->'));
    expect(html).toContain('<body><p>Sans JavaScript</p></body>');
  });
});
