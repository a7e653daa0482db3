import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanText } from './clean-text';
import { commentLimits } from './comment-fields';
import { parseCommentForm } from './comment-validation';

// Spied on to prove that a huge value is refused before any cleaning work.
vi.mock('./clean-text', async (importOriginal) => {
  const original = await importOriginal<typeof import('./clean-text')>();
  return { cleanText: vi.fn(original.cleanText) };
});

const valid = { body: 'Très bon article.', authorName: 'Awa N.', authorEmail: 'awa@exemple.cm' };

function errorsOf(raw: Record<string, unknown>) {
  const result = parseCommentForm(raw);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.data)}`);
  return result.errors;
}

function dataOf(raw: Record<string, unknown>) {
  const result = parseCommentForm(raw);
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.data;
}

beforeEach(() => {
  vi.mocked(cleanText).mockClear();
});

describe('parseCommentForm', () => {
  it('accepts a complete form', () => {
    expect(parseCommentForm({ ...valid, authorUrl: 'https://blog.cm/awa', remember: 'on' })).toEqual({
      ok: true,
      data: {
        body: 'Très bon article.',
        authorName: 'Awa N.',
        authorEmail: 'awa@exemple.cm',
        authorUrl: 'https://blog.cm/awa',
        remember: true,
        notifyReplies: false,
      },
    });
  });

  it('reports every missing required field', () => {
    expect(errorsOf({})).toEqual({ body: 'required', authorName: 'required', authorEmail: 'required' });
  });

  it.each(['body', 'authorName', 'authorEmail'] as const)(
    'requires %s: missing, empty, whitespace-only or invisible',
    (field) => {
      for (const value of [undefined, '', '   ', ' \n\t\r\n ', '\u200B\uFEFF', '\u0000']) {
        expect(errorsOf({ ...valid, [field]: value })).toEqual({ [field]: 'required' });
      }
    },
  );

  it.each(['body', 'authorName', 'authorEmail', 'authorUrl'] as const)('counts a non-string %s as missing', (field) => {
    const file = new File(['x'], 'x.txt');
    const result = parseCommentForm({ ...valid, [field]: file });
    if (field === 'authorUrl') expect(result).toMatchObject({ ok: true, data: { authorUrl: null } });
    else expect(result).toEqual({ ok: false, errors: { [field]: 'required' } });
    expect(parseCommentForm({ ...valid, [field]: ['a', 'b'] }).ok).toBe(field === 'authorUrl');
    expect(parseCommentForm({ ...valid, [field]: 42 }).ok).toBe(field === 'authorUrl');
  });

  it('enforces the length limits after cleaning', () => {
    expect(dataOf({ ...valid, body: 'é'.repeat(5000) }).body).toHaveLength(5000);
    expect(errorsOf({ ...valid, body: 'é'.repeat(5001) })).toEqual({ body: 'tooLong' });
    expect(dataOf({ ...valid, authorName: 'n'.repeat(80) }).authorName).toHaveLength(80);
    expect(errorsOf({ ...valid, authorName: 'n'.repeat(81) })).toEqual({ authorName: 'tooLong' });
    expect(errorsOf({ ...valid, authorEmail: `${'a'.repeat(64)}@${'b'.repeat(186)}.com` })).toEqual({
      authorEmail: 'tooLong',
    });
    expect(errorsOf({ ...valid, authorUrl: `https://x.cm/${'a'.repeat(188)}` })).toEqual({ authorUrl: 'tooLong' });
    expect(dataOf({ ...valid, authorUrl: `https://x.cm/${'a'.repeat(187)}` }).authorUrl).toBe(
      `https://x.cm/${'a'.repeat(187)}`,
    );
  });

  it('measures the body after cleaning: CRLF newlines and decomposed accents count once', () => {
    const body = `${'ligne\r\n'.repeat(700)}fin`; // 4,903 characters sent, 4,203 after cleaning
    expect(dataOf({ ...valid, body }).body).toHaveLength(4203);
    const decomposed = 'e\u0301'.repeat(5000); // 10,000 code units, 5,000 once composed
    expect(dataOf({ ...valid, body: decomposed }).body).toBe('\u00E9'.repeat(5000));
  });

  it('refuses a 1 MB body as tooLong without cleaning it', () => {
    const huge = 'x'.repeat(1_000_000);
    expect(errorsOf({ ...valid, body: huge })).toEqual({ body: 'tooLong' });
    expect(vi.mocked(cleanText)).not.toHaveBeenCalledWith(huge);
  });

  it('cleans values only up to ten times their limit', () => {
    const atCap = ' '.repeat(commentLimits.authorName * 10);
    expect(errorsOf({ ...valid, authorName: atCap })).toEqual({ authorName: 'required' });
    expect(vi.mocked(cleanText)).toHaveBeenCalledWith(atCap);
    expect(errorsOf({ ...valid, authorName: `${atCap} ` })).toEqual({ authorName: 'tooLong' });
    expect(vi.mocked(cleanText)).not.toHaveBeenCalledWith(`${atCap} `);
  });

  it('strips control characters and composes to NFC', () => {
    const data = dataOf({
      ...valid,
      body: ' Bon\u0000jour\u202E\u0007 e\u0301te\u0301\r\n ',
      authorName: '\u202EAwa\u200B\tN.',
    });
    expect(data.body).toBe('Bonjour \u00E9t\u00E9');
    expect(data.authorName).toBe('Awa N.');
  });

  it('refuses malformed e-mail addresses', () => {
    for (const email of [
      'awa',
      'awa@',
      '@exemple.cm',
      'awa@exemple',
      'a wa@exemple.cm',
      'awa@@exemple.cm',
      'awa@exemple..cm',
      '<awa@exemple.cm>',
    ]) {
      expect(errorsOf({ ...valid, authorEmail: email })).toEqual({ authorEmail: 'invalidEmail' });
    }
  });

  it('lower-cases the domain of the e-mail but not the local part', () => {
    expect(dataOf({ ...valid, authorEmail: '  Awa.N@Exemple.CM ' }).authorEmail).toBe('Awa.N@exemple.cm');
  });

  it('treats a missing or blank site as none', () => {
    expect(dataOf(valid).authorUrl).toBeNull();
    expect(dataOf({ ...valid, authorUrl: '  ' }).authorUrl).toBeNull();
  });

  it('normalises the site URL and gives https:// to a bare host', () => {
    expect(dataOf({ ...valid, authorUrl: 'www.x.cm' }).authorUrl).toBe('https://www.x.cm/');
    expect(dataOf({ ...valid, authorUrl: 'monblog.cm/a' }).authorUrl).toBe('https://monblog.cm/a');
    expect(dataOf({ ...valid, authorUrl: 'HTTP://Blog.CM' }).authorUrl).toBe('http://blog.cm/');
  });

  it('refuses sites that are not plain http(s) URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'ftp://x.cm',
      'mailto:awa@exemple.cm',
      'https://banque.cm@evil.example',
      'https://localhost',
      'https://exa mple.cm',
      'pas une adresse',
    ]) {
      expect(errorsOf({ ...valid, authorUrl: url }), url).toEqual({ authorUrl: 'invalidUrl' });
    }
  });

  it("is 'remember' only for the checkbox value 'on'", () => {
    expect(dataOf({ ...valid, remember: 'on' }).remember).toBe(true);
    expect(dataOf({ ...valid, remember: 'off' }).remember).toBe(false);
    expect(dataOf({ ...valid, remember: true }).remember).toBe(false);
    expect(dataOf(valid).remember).toBe(false);
  });

  it('returns one code per field, the first problem found', () => {
    expect(
      errorsOf({ body: 'x'.repeat(5001), authorName: ' ', authorEmail: 'nope', authorUrl: 'javascript:x' }),
    ).toEqual({
      body: 'tooLong',
      authorName: 'required',
      authorEmail: 'invalidEmail',
      authorUrl: 'invalidUrl',
    });
  });
});
