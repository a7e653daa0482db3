import { beforeEach, describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { sqlite } = await prepareTestDatabase();
const users = await import('./users');

beforeEach(() => sqlite.exec('delete from login_attempts; delete from users;'));

describe('staff accounts', () => {
  it('creates an account by normalised e-mail, refuses a second one, and finds it active', () => {
    const created = users.createStaffUser({
      email: ' Awa@Exemple.CM ',
      name: 'Awa Ndiaye',
      role: 'moderator',
      passwordHash: 'hash',
    });
    expect(created).toMatchObject({ created: true });
    expect(
      users.createStaffUser({ email: 'awa@exemple.cm', name: 'Autre', role: 'admin', passwordHash: 'hash' }),
    ).toBeNull();
    expect(users.getActiveStaffForStaff(created!.id)).toEqual({
      id: created!.id,
      name: 'Awa Ndiaye',
      email: 'awa@exemple.cm',
      role: 'moderator',
    });
    expect(users.getSignInAccountForStaff('AWA@exemple.cm')).toEqual({ id: created!.id, passwordHash: 'hash' });
  });

  it('gives a password to an existing byline instead of duplicating it', () => {
    sqlite
      .prepare("insert into users (slug, name, email, role) values ('awa', 'Awa', 'awa@exemple.cm', 'editor')")
      .run();
    const created = users.createStaffUser({
      email: 'awa@exemple.cm',
      name: 'Awa N.',
      role: 'admin',
      passwordHash: 'hash',
    });
    expect(created).toMatchObject({ created: false });
    expect(users.countActiveAdmins()).toBe(1);
  });

  it('cuts a disabled, demoted or deleted account off at once', () => {
    const { id } = users.createStaffUser({
      email: 'b@exemple.cm',
      name: 'Binta',
      role: 'admin',
      passwordHash: 'hash',
    })!;
    users.updateStaffRole('b@exemple.cm', 'moderator');
    expect(users.getActiveStaffForStaff(id)?.role).toBe('moderator');
    expect(users.countActiveAdmins()).toBe(0);
    users.updateStaffDisabled('b@exemple.cm', true);
    expect(users.getActiveStaffForStaff(id)).toBeNull();
    expect(users.getSignInAccountForStaff('b@exemple.cm')).toEqual({ id, passwordHash: null });
    users.updateStaffDisabled('b@exemple.cm', false);
    expect(users.getActiveStaffForStaff(id)).not.toBeNull();
    sqlite.prepare('delete from users where id = ?').run(id);
    expect(users.getActiveStaffForStaff(id)).toBeNull();
  });

  it('never lets a byline without a password sign in, and makes unique slugs', () => {
    sqlite
      .prepare(
        "insert into users (slug, name, email, role) values ('awa-ndiaye', 'Awa Ndiaye', 'x@exemple.cm', 'admin')",
      )
      .run();
    const id = sqlite.prepare("select id from users where email = 'x@exemple.cm'").pluck().get() as number;
    expect(users.getActiveStaffForStaff(id)).toBeNull();
    users.createStaffUser({ email: 'y@exemple.cm', name: 'Awa Ndiaye', role: 'editor', passwordHash: 'hash' });
    expect(sqlite.prepare("select slug from users where email = 'y@exemple.cm'").pluck().get()).toBe('awa-ndiaye-2');
  });
});

describe('listRecentLoginFailures', () => {
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);

  it('counts an account’s failures since its last success, and all of an address’s', () => {
    for (const minutes of [20, 10, 5])
      users.recordLoginAttempt({ email: 'a@exemple.cm', ip: '192.0.2.1', success: false, at: at(minutes) });
    users.recordLoginAttempt({ email: 'A@exemple.cm', ip: '192.0.2.1', success: true, at: at(4) });
    users.recordLoginAttempt({ email: 'a@exemple.cm', ip: '192.0.2.2', success: false, at: at(2) });
    users.recordLoginAttempt({ email: 'b@exemple.cm', ip: '192.0.2.1', success: false, at: at(1) });
    const failures = users.listRecentLoginFailures({ email: 'a@exemple.cm', ip: '192.0.2.1', since: at(30) });
    expect(failures.forEmail).toHaveLength(1);
    expect(Math.abs(failures.forEmail[0].getTime() - at(2).getTime())).toBeLessThan(1000);
    expect(failures.forIp).toHaveLength(4);
    expect(users.listRecentLoginFailures({ email: 'a@exemple.cm', ip: '192.0.2.1', since: at(8) }).forIp).toHaveLength(
      2,
    );
  });
});
