import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text';
import { commentBodyToParagraphs, type Inline, type Paragraph } from './comment-body';

const text = (t: string): Inline => ({ kind: 'text', text: t });
const link = (href: string, t: string): Inline => ({ kind: 'link', href, text: t });
const br: Inline = { kind: 'break' };

/** What a reader sees, as plain text: nothing may be lost or added by the rendering. */
function flatten(paragraphs: Paragraph[]): string {
  return paragraphs.map((p) => p.map((i) => (i.kind === 'break' ? '\n' : i.text)).join('')).join('\n\n');
}

describe('commentBodyToParagraphs', () => {
  it('splits paragraphs on blank lines and keeps single newlines as breaks', () => {
    expect(commentBodyToParagraphs('Bonjour,\nMerci pour l’article.\n\nÀ bientôt')).toEqual([
      [text('Bonjour,'), br, text('Merci pour l’article.')],
      [text('À bientôt')],
    ]);
  });

  it('returns no paragraph for an empty or blank body', () => {
    expect(commentBodyToParagraphs('')).toEqual([]);
    expect(commentBodyToParagraphs(' \n\n \t ')).toEqual([]);
  });

  it('treats lines of spaces as blank lines', () => {
    expect(commentBodyToParagraphs('Un\n   \nDeux')).toEqual([[text('Un')], [text('Deux')]]);
  });

  it('links http and https URLs with a normalised href', () => {
    expect(commentBodyToParagraphs('Source : https://www.Exemple.CM/page, et HTTP://EXEMPLE.CM')).toEqual([
      [
        text('Source : '),
        link('https://www.exemple.cm/page', 'https://www.Exemple.CM/page'),
        text(', et '),
        link('http://exemple.cm/', 'HTTP://EXEMPLE.CM'),
      ],
    ]);
  });

  it('gives schemeless links https://', () => {
    expect(commentBodyToParagraphs('voir www.x.cm et lemonde.fr.')).toEqual([
      [
        text('voir '),
        link('https://www.x.cm/', 'www.x.cm'),
        text(' et '),
        link('https://lemonde.fr/', 'lemonde.fr'),
        text('.'),
      ],
    ]);
  });

  it('leaves trailing punctuation and parentheses out of links', () => {
    expect(commentBodyToParagraphs('Voir (https://fr.wikipedia.org/wiki/Cameroun_(pays)).')).toEqual([
      [
        text('Voir ('),
        link('https://fr.wikipedia.org/wiki/Cameroun_(pays)', 'https://fr.wikipedia.org/wiki/Cameroun_(pays)'),
        text(').'),
      ],
    ]);
  });

  it('links across lines separately', () => {
    expect(commentBodyToParagraphs('https://a.cm\nhttps://b.cm')).toEqual([
      [link('https://a.cm/', 'https://a.cm'), br, link('https://b.cm/', 'https://b.cm')],
    ]);
  });
});

const longUrl = `https://exemple.cm/${'a'.repeat(3000)}`;

// Each hostile input with the exact paragraphs it must become.
const hostileCorpus: [name: string, input: string, expected: Paragraph[]][] = [
  ['script tag', '<script>alert(1)</script>', [[text('<script>alert(1)</script>')]]],
  ['img onerror', '<img src=x onerror=alert(1)>', [[text('<img src=x onerror=alert(1)>')]]],
  [
    'anchor with javascript: href',
    '<a href="javascript:alert(1)">clic</a>',
    [[text('<a href="javascript:alert(1)">clic</a>')]],
  ],
  [
    'anchor with https href',
    '<a href="https://evil.example/">ok</a>',
    [[text('<a href="'), link('https://evil.example/', 'https://evil.example/'), text('">ok</a>')]],
  ],
  [
    'event handler attribute',
    '<div onmouseover="alert(1)">survol</div>',
    [[text('<div onmouseover="alert(1)">survol</div>')]],
  ],
  ['bare javascript: URL', 'javascript:alert(document.cookie)', [[text('javascript:alert(document.cookie)')]]],
  ['mixed-case javascript: URL', 'JaVaScRiPt:alert(1)', [[text('JaVaScRiPt:alert(1)')]]],
  [
    'data: URL',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    [[text('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')]],
  ],
  ['vbscript: URL', 'vbscript:msgbox("x")', [[text('vbscript:msgbox("x")')]]],
  ['file: URL', 'file:///etc/passwd', [[text('file:///etc/passwd')]]],
  [
    'escaped entities stay as typed',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    [[text('&lt;script&gt;alert(1)&lt;/script&gt;')]],
  ],
  ['numeric entity spelling javascript', '&#106;avascript:alert(1)', [[text('&#106;avascript:alert(1)')]]],
  ['nested broken tags', '<scr<script>ipt>alert(1)</script>', [[text('<scr<script>ipt>alert(1)</script>')]]],
  ['unclosed tags', '<b>gras<i>pas fermé', [[text('<b>gras<i>pas fermé')]]],
  ['attribute breakout', '"><svg/onload=alert(1)>', [[text('"><svg/onload=alert(1)>')]]],
  ['SQL-looking text', "'; DROP TABLE comments; --", [[text("'; DROP TABLE comments; --")]]],
  ['RTL override', 'Texte \u202Egnp.exe\u202C fin', [[text('Texte gnp.exe fin')]]],
  ['bidi isolates', 'a\u2066b\u2067c\u2068d\u2069e', [[text('abcde')]]],
  ['zero-width space and BOM', 'ar\u200Bna\uFEFFque', [[text('arnaque')]]],
  ['null bytes', 'nul\u0000l\u0000', [[text('null')]]],
  ['C0 and C1 controls', 'cloche\u0007 et \u0085 suite\u001B[31m', [[text('cloche et  suite[31m')]]],
  ['5,001 characters', 'x'.repeat(5001), [[text('x'.repeat(5001))]]],
  ['very long URL', longUrl, [[link(longUrl, longUrl)]]],
  [
    'http URL with credentials',
    'http://admin:secret@banque.example/login',
    [[text('http://admin:secret@banque.example/login')]],
  ],
  ['host disguised as user name', 'https://banque.cm@evil.example/', [[text('https://banque.cm@evil.example/')]]],
  ['markdown link to javascript:', '[clic](javascript:alert(1))', [[text('[clic](javascript:alert(1))')]]],
  [
    'markdown link to https',
    '[clic](https://exemple.cm/ok)',
    [[text('[clic]('), link('https://exemple.cm/ok', 'https://exemple.cm/ok'), text(')')]],
  ],
  [
    'markdown emphasis and heading',
    '**gras** _italique_ `code`\n# Titre',
    [[text('**gras** _italique_ `code`'), br, text('# Titre')]],
  ],
  [
    'markdown image',
    '![img](https://evil.example/x.png)',
    [[text('![img]('), link('https://evil.example/x.png', 'https://evil.example/x.png'), text(')')]],
  ],
  [
    'javascript: with a host-like tail',
    'javascript://www.exemple.cm/%0Aalert(1)',
    [[text('javascript://www.exemple.cm/%0Aalert(1)')]],
  ],
  [
    'script after a URL',
    'https://exemple.cm/"><script>alert(1)</script>',
    [[link('https://exemple.cm/', 'https://exemple.cm/'), text('"><script>alert(1)</script>')]],
  ],
  ['protocol-relative URL', '//evil.example/x', [[text('//evil.example/x')]]],
  ['ftp URL', 'ftp://fichiers.example/x', [[text('ftp://fichiers.example/x')]]],
  ['e-mail address', 'Écrivez-moi : awa@exemple.cm', [[text('Écrivez-moi : awa@exemple.cm')]]],
  [
    'markup glued to a www link',
    'www.exemple.cm/chemin?q=1&r=<b>',
    [[link('https://www.exemple.cm/chemin?q=1&r=', 'www.exemple.cm/chemin?q=1&r='), text('<b>')]],
  ],
  [
    'internationalised domain',
    'https://exämple.cm/é',
    [[link('https://xn--exmple-cua.cm/%C3%A9', 'https://exämple.cm/é')]],
  ],
  [
    'CR, CRLF and many blank lines',
    'Ligne 1\r\nLigne 2\r\rLigne 3\n\n\n\n\nLigne 4',
    [[text('Ligne 1'), br, text('Ligne 2')], [text('Ligne 3')], [text('Ligne 4')]],
  ],
  [
    'URL wrapped in bidi embedding',
    '\u202Ahttps://exemple.cm\u202C',
    [[link('https://exemple.cm/', 'https://exemple.cm')]],
  ],
  [
    'zero-width space inside a URL',
    'https://exemple.cm/\u200Bcaché',
    [[link('https://exemple.cm/cach%C3%A9', 'https://exemple.cm/caché')]],
  ],
  [
    'CSS expression and style tag',
    'expression(alert(1)) <style>body{}</style>',
    [[text('expression(alert(1)) <style>body{}</style>')]],
  ],
  [
    'iframe',
    '<iframe src="https://evil.example"></iframe>',
    [[text('<iframe src="'), link('https://evil.example/', 'https://evil.example'), text('"></iframe>')]],
  ],
  ['emoji ZWJ sequence survives', '👨\u200D👩\u200D👧 famille', [[text('👨\u200D👩\u200D👧 famille')]]],
  ['decomposed accents become NFC', 'e\u0301te\u0301', [[text('\u00E9t\u00E9')]]],
  ['lone surrogate', 'a\uD800b', [[text('a\uFFFDb')]]],
  ['dangling HTML comment', '<!-- <script>x</script>', [[text('<!-- <script>x</script>')]]],
];

describe('commentBodyToParagraphs with hostile input', () => {
  it('has a corpus of at least 30 inputs', () => {
    expect(hostileCorpus.length).toBeGreaterThanOrEqual(30);
  });

  it.each(hostileCorpus)('%s', (_name, input, expected) => {
    const paragraphs = commentBodyToParagraphs(input);
    expect(paragraphs).toEqual(expected);
    for (const inline of paragraphs.flat()) {
      if (inline.kind !== 'link') continue;
      expect(new URL(inline.href).protocol).toMatch(/^https?:$/);
      expect(new URL(inline.href).href).toBe(inline.href);
    }
    // Every character of the cleaned text is still there, as text; only runs of blank lines shrink.
    expect(flatten(paragraphs)).toBe(cleanText(input).replace(/\n{3,}/g, '\n\n'));
  });

  it('keeps "<script>" verbatim inside a text node', () => {
    const [[first]] = commentBodyToParagraphs('<script>alert(1)</script>');
    expect(first).toEqual({ kind: 'text', text: '<script>alert(1)</script>' });
  });
});
