import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, serialiseSetting, settingKeys, settingsSchema } from './settings';

const formValues = {
  moderationMode: 'approve-all',
  linkThreshold: '3',
  holdWords: ['arnaque', 'Achat  en ligne'],
  blockWords: [],
  floodIntervalSeconds: '20',
  hourlyCap: '5',
  autoCloseDays: '0',
  threadDepth: '4',
  threadsPerPage: '50',
  threadOrder: 'newest',
  minSubmitSeconds: '2',
  reportsToHide: '5',
  publishedNotice: 'on',
  ownEditMinutes: '15',
  retentionIpDays: '60',
  retentionSpamDays: '7',
  surgeComments: '40',
  surgeMinutes: '5',
  surgeHoldMinutes: '30',
};

describe('defaultSettings', () => {
  it('has defaults its own schema accepts', () => {
    expect(settingsSchema.parse(defaultSettings)).toEqual(defaultSettings);
    expect(settingKeys).toEqual(Object.keys(defaultSettings));
  });
});

describe('settingsSchema', () => {
  it('coerces the strings a staff form sends', () => {
    expect(settingsSchema.parse(formValues)).toEqual({
      moderationMode: 'approve-all',
      linkThreshold: 3,
      holdWords: ['arnaque', 'Achat en ligne'],
      blockWords: [],
      floodIntervalSeconds: 20,
      hourlyCap: 5,
      autoCloseDays: 0,
      threadDepth: 4,
      threadsPerPage: 50,
      threadOrder: 'newest',
      minSubmitSeconds: 2,
      reportsToHide: 5,
      publishedNotice: 'on',
      ownEditMinutes: 15,
      retentionIpDays: 60,
      retentionSpamDays: 7,
      surgeComments: 40,
      surgeMinutes: 5,
      surgeHoldMinutes: 30,
    });
  });

  it('keeps thread depth within 1..10 and threads per page within 5..200', () => {
    for (const [key, ok, bad] of [
      ['threadDepth', ['1', '10'], ['0', '11', '2.5']],
      ['threadsPerPage', ['5', '200'], ['4', '201']],
    ] as const) {
      for (const value of ok)
        expect(settingsSchema.safeParse({ ...formValues, [key]: value }).success, `${key}=${value}`).toBe(true);
      for (const value of bad)
        expect(settingsSchema.safeParse({ ...formValues, [key]: value }).success, `${key}=${value}`).toBe(false);
    }
  });

  it('refuses blank, non-numeric and negative numbers', () => {
    for (const value of ['', '  ', 'abc', '-1', null, true]) {
      expect(settingsSchema.safeParse({ ...formValues, floodIntervalSeconds: value }).success, String(value)).toBe(
        false,
      );
    }
    expect(settingsSchema.safeParse({ ...formValues, linkThreshold: '0' }).success).toBe(false);
  });

  it('refuses unknown modes and orders', () => {
    expect(settingsSchema.safeParse({ ...formValues, moderationMode: 'approve' }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...formValues, threadOrder: 'best' }).success).toBe(false);
  });

  it('cleans word lists: trims, drops blanks and duplicates by matching key', () => {
    expect(settingsSchema.shape.holdWords.parse([' arnaque ', '', 'Arnaque', 'arnáque', '\u200B', 'casino'])).toEqual([
      'arnaque',
      'casino',
    ]);
  });

  it('also takes a word list as one text, one entry per line or comma', () => {
    expect(settingsSchema.shape.blockWords.parse('casino\r\nviagra, achat en ligne\n\n')).toEqual([
      'casino',
      'viagra',
      'achat en ligne',
    ]);
  });

  it('bounds word lists', () => {
    expect(settingsSchema.shape.holdWords.safeParse(['x'.repeat(101)]).success).toBe(false);
    expect(settingsSchema.shape.holdWords.safeParse(Array.from({ length: 501 }, (_, i) => `mot${i}`)).success).toBe(
      false,
    );
    expect(settingsSchema.shape.holdWords.safeParse([1, 'a']).success).toBe(false);
  });
});

describe('parseSettings', () => {
  it('returns the defaults for an empty table', () => {
    expect(parseSettings({})).toEqual(defaultSettings);
  });

  it('decodes stored JSON values', () => {
    const stored = Object.fromEntries(
      settingKeys.map((key) => [key, JSON.stringify(settingsSchema.parse(formValues)[key])]),
    );
    expect(parseSettings(stored)).toEqual(settingsSchema.parse(formValues));
  });

  it('falls back to the default for each missing, unreadable or invalid value, without throwing', () => {
    expect(
      parseSettings({
        hourlyCap: '20',
        threadDepth: '99',
        linkThreshold: 'pas du JSON',
        moderationMode: '"n-importe"',
        holdWords: '{"a":1}',
        blockWords: '["casino"]',
        threadOrder: 'newest',
        autoCloseDays: '"7"',
        floodIntervalSeconds: 'null',
      }),
    ).toEqual({ ...defaultSettings, hourlyCap: 20, blockWords: ['casino'], autoCloseDays: 7 });
  });

  it('ignores unknown and inherited keys', () => {
    const stored = JSON.parse('{"__proto__": "1", "ancien": "2", "reportsToHide": "4"}') as Record<string, string>;
    const settings = parseSettings(stored);
    expect(settings).toEqual({ ...defaultSettings, reportsToHide: 4 });
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
  });

  it('does not share the default word lists between results', () => {
    const settings = parseSettings({});
    settings.holdWords.push('x');
    expect(defaultSettings.holdWords).toEqual([]);
  });
});

describe('serialiseSetting', () => {
  it('stores a value as JSON text that parseSettings reads back', () => {
    expect(serialiseSetting('holdWords', ['arnaque', 'l’été'])).toEqual({
      key: 'holdWords',
      value: '["arnaque","l’été"]',
    });
    expect(serialiseSetting('threadOrder', 'newest')).toEqual({ key: 'threadOrder', value: '"newest"' });
    const row = serialiseSetting('hourlyCap', 25);
    expect(row).toEqual({ key: 'hourlyCap', value: '25' });
    expect(parseSettings({ [row.key]: row.value }).hourlyCap).toBe(25);
  });
});
