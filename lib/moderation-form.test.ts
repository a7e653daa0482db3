import { describe, expect, it } from 'vitest';
import { moderationFormSchema, readModerationForm, staffEditSchema } from './moderation-form';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe('readModerationForm', () => {
  it('reads one row’s id or the ticked boxes', () => {
    expect(
      moderationFormSchema.parse(
        readModerationForm(
          form([
            ['action', 'approve'],
            ['ids', '12'],
          ]),
        ),
      ),
    ).toEqual({ action: 'approve', ids: [12] });
    expect(
      moderationFormSchema.parse(
        readModerationForm(
          form([
            ['action', 'spam'],
            ['ids', '3'],
            ['ids', '4'],
            ['ids', '3'],
          ]),
        ),
      ),
    ).toEqual({ action: 'spam', ids: [3, 4] });
  });

  it('takes the whole page when "select all" is ticked', () => {
    expect(
      moderationFormSchema.parse(
        readModerationForm(
          form([
            ['action', 'trash'],
            ['all', 'on'],
            ['pageIds', '7,8,9'],
            ['ids', '7'],
          ]),
        ),
      ),
    ).toEqual({ action: 'trash', ids: [7, 8, 9] });
  });

  it('refuses an unknown action, no selection, or a forged id', () => {
    expect(
      moderationFormSchema.safeParse(
        readModerationForm(
          form([
            ['action', 'publish'],
            ['ids', '1'],
          ]),
        ),
      ).success,
    ).toBe(false);
    expect(moderationFormSchema.safeParse(readModerationForm(form([['action', 'approve']]))).success).toBe(false);
    expect(
      moderationFormSchema.safeParse(
        readModerationForm(
          form([
            ['action', 'approve'],
            ['ids', '1 or 1=1'],
          ]),
        ),
      ).success,
    ).toBe(false);
    expect(
      moderationFormSchema.safeParse(
        readModerationForm(
          form([
            ['action', 'approve'],
            ['all', 'on'],
            ['pageIds', Array.from({ length: 201 }, (_, i) => i + 1).join(',')],
          ]),
        ),
      ).success,
    ).toBe(false);
  });
});

describe('staffEditSchema', () => {
  it('cleans the text and refuses an empty or too long one', () => {
    expect(staffEditSchema.parse({ id: '5', body: ' Corrigé\u200B.\r\n' })).toEqual({ id: 5, body: 'Corrigé.' });
    expect(staffEditSchema.safeParse({ id: '5', body: '   ' }).success).toBe(false);
    expect(staffEditSchema.safeParse({ id: '5', body: 'x'.repeat(5001) }).success).toBe(false);
  });
});
