import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/settings';
import { prepareTestDatabase } from './test-database';

const { sqlite } = await prepareTestDatabase();
const { getSettings, updateSettings } = await import('./settings');

describe('updateSettings', () => {
  it('stores only what changed, audits it, and reads back', () => {
    const staffId = Number(
      sqlite.prepare("insert into users (slug, name, email, role) values ('a', 'A', 'a@example.com', 'admin')").run()
        .lastInsertRowid,
    );
    expect(getSettings()).toEqual(defaultSettings);
    const changed = updateSettings(
      { ...defaultSettings, moderationMode: 'hold-all', blockWords: ['casino'] },
      { staffId, ip: null },
    );
    expect(changed).toEqual(['moderationMode', 'blockWords']);
    expect(getSettings()).toMatchObject({
      moderationMode: 'hold-all',
      blockWords: ['casino'],
      hourlyCap: defaultSettings.hourlyCap,
    });
    expect(sqlite.prepare('select key from settings order by key').pluck().all()).toEqual([
      'blockWords',
      'moderationMode',
    ]);
    const details = JSON.parse(
      sqlite.prepare("select details from audit_log where action = 'settings.update'").pluck().get() as string,
    );
    expect(details).toEqual({
      moderationMode: { before: 'hold-first', after: 'hold-all' },
      blockWords: { before: [], after: ['casino'] },
    });
    expect(updateSettings(getSettings(), { staffId, ip: null })).toEqual([]);
  });
});
