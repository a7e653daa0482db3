import { describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { sqlite } = await prepareTestDatabase();
const { databaseReady } = await import('./health');

describe('databaseReady', () => {
  it('is true once every migration is applied, false when the newest is missing', () => {
    expect(databaseReady()).toBe(true);
    sqlite.exec(
      'delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)',
    );
    expect(databaseReady()).toBe(false);
  });

  it('is false when the database cannot be read', () => {
    sqlite.exec('drop table __drizzle_migrations');
    expect(databaseReady()).toBe(false);
  });
});
