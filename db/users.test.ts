import { beforeEach, describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { sqlite } = await prepareTestDatabase();
const users = await import('./users');
const sessions = await import('./staff-sessions');

beforeEach(() => sqlite.exec('delete from login_attempts; delete from staff_sessions; delete from users;'));

const longAgo = new Date(0);
const openSession = (userId: number) => sessions.createStaffSession({ userId, at: new Date(), idleBefore: longAgo });
const memberOf = (sessionId: string, userId: number) =>
  sessions.getStaffSessionForStaff(sessionId, userId)?.staff ?? null;

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
    expect(memberOf(openSession(created!.id), created!.id)).toEqual({
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

  it('cuts a demoted, disabled or deleted account off at once; disabling ends its sessions for good', () => {
    const { id } = users.createStaffUser({
      email: 'b@exemple.cm',
      name: 'Binta',
      role: 'admin',
      passwordHash: 'hash',
    })!;
    const session = openSession(id);
    users.updateStaffRole('b@exemple.cm', 'moderator');
    expect(memberOf(session, id)?.role).toBe('moderator');
    expect(users.countActiveAdmins()).toBe(0);
    users.updateStaffDisabled('b@exemple.cm', true);
    expect(memberOf(session, id)).toBeNull();
    expect(users.getSignInAccountForStaff('b@exemple.cm')).toEqual({ id, passwordHash: null });
    users.updateStaffDisabled('b@exemple.cm', false);
    expect(memberOf(session, id)).toBeNull();
    const later = openSession(id);
    expect(memberOf(later, id)).not.toBeNull();
    sqlite.prepare('delete from users where id = ?').run(id);
    expect(memberOf(later, id)).toBeNull();
  });

  it('ends every session of an account whose password changes, and only that account’s', () => {
    const a = users.createStaffUser({ email: 'a@exemple.cm', name: 'A', role: 'editor', passwordHash: 'h' })!;
    const b = users.createStaffUser({ email: 'c@exemple.cm', name: 'C', role: 'editor', passwordHash: 'h' })!;
    const [a1, a2, b1] = [openSession(a.id), openSession(a.id), openSession(b.id)];
    expect(users.updateStaffPassword('A@exemple.cm', 'new')).toBe(true);
    expect(memberOf(a1, a.id)).toBeNull();
    expect(memberOf(a2, a.id)).toBeNull();
    expect(memberOf(b1, b.id)).not.toBeNull();
    expect(users.updateStaffPassword('nobody@exemple.cm', 'new')).toBe(false);
  });

  it('never lets a byline without a password sign in, and makes unique slugs', () => {
    sqlite
      .prepare(
        "insert into users (slug, name, email, role) values ('awa-ndiaye', 'Awa Ndiaye', 'x@exemple.cm', 'admin')",
      )
      .run();
    const id = sqlite.prepare("select id from users where email = 'x@exemple.cm'").pluck().get() as number;
    expect(memberOf(openSession(id), id)).toBeNull();
    users.createStaffUser({ email: 'y@exemple.cm', name: 'Awa Ndiaye', role: 'editor', passwordHash: 'hash' });
    expect(sqlite.prepare("select slug from users where email = 'y@exemple.cm'").pluck().get()).toBe('awa-ndiaye-2');
  });
});

describe('staff sessions', () => {
  it('names one member: another user id with the same session id finds nothing', () => {
    const a = users.createStaffUser({ email: 'a@exemple.cm', name: 'A', role: 'editor', passwordHash: 'h' })!;
    const b = users.createStaffUser({ email: 'b@exemple.cm', name: 'B', role: 'admin', passwordHash: 'h' })!;
    const session = openSession(a.id);
    expect(memberOf(session, b.id)).toBeNull();
    expect(memberOf('made-up', a.id)).toBeNull();
  });

  it('signs out one session or all of a member’s, and sweeps idle ones when another opens', () => {
    const a = users.createStaffUser({ email: 'a@exemple.cm', name: 'A', role: 'editor', passwordHash: 'h' })!;
    const now = new Date();
    const [one, two] = [openSession(a.id), openSession(a.id)];
    expect(sessions.deleteStaffSession(one)).toBe(true);
    expect(sessions.deleteStaffSession(one)).toBe(false);
    expect(memberOf(one, a.id)).toBeNull();
    expect(memberOf(two, a.id)).not.toBeNull();
    openSession(a.id);
    expect(sessions.countStaffSessionsOfUser(a.id, longAgo)).toBe(2);
    expect(sessions.deleteStaffSessionsOfUser(a.id)).toBe(2);
    expect(memberOf(two, a.id)).toBeNull();

    const idle = sessions.createStaffSession({
      userId: a.id,
      at: new Date(now.getTime() - 3 * 3_600_000),
      idleBefore: longAgo,
    });
    expect(sessions.getStaffSessionForStaff(idle, a.id)?.lastSeenAt).toEqual(new Date(now.getTime() - 3 * 3_600_000));
    expect(sessions.countStaffSessionsOfUser(a.id, new Date(now.getTime() - 2 * 3_600_000))).toBe(0);
    sessions.createStaffSession({ userId: a.id, at: now, idleBefore: new Date(now.getTime() - 2 * 3_600_000) });
    expect(memberOf(idle, a.id)).toBeNull();
  });

  it('moves a session’s last-seen when touched', () => {
    const a = users.createStaffUser({ email: 'a@exemple.cm', name: 'A', role: 'editor', passwordHash: 'h' })!;
    const session = sessions.createStaffSession({ userId: a.id, at: new Date(1_000), idleBefore: longAgo });
    sessions.touchStaffSession(session, new Date(61_000));
    expect(sessions.getStaffSessionForStaff(session, a.id)?.lastSeenAt).toEqual(new Date(61_000));
  });
});

describe('listRecentLoginFailures', () => {
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
  const fail = (email: string, ip: string, minutes: number) =>
    users.recordLoginAttempt({ email, ip, success: false, at: at(minutes) });

  it('counts the pair and the account since their own last success, and all of an address’s', () => {
    for (const minutes of [20, 10, 5]) fail('a@exemple.cm', '192.0.2.1', minutes);
    fail('a@exemple.cm', '192.0.2.2', 4.5);
    users.recordLoginAttempt({ email: 'A@exemple.cm', ip: '192.0.2.2', success: true, at: at(4) });
    fail('a@exemple.cm', '192.0.2.2', 2);
    fail('a@exemple.cm', '192.0.2.1', 1.5);
    fail('b@exemple.cm', '192.0.2.1', 1);
    const failures = users.listRecentLoginFailures({ email: 'a@exemple.cm', ip: '192.0.2.1', since: at(30) });
    // The owner's success from .2 does not clear the guesser's count at .1.
    expect(failures.pair).toHaveLength(4);
    expect(failures.account).toHaveLength(2);
    expect(failures.address).toHaveLength(5);
    expect(Math.abs(failures.account[0].getTime() - at(2).getTime())).toBeLessThan(1000);
    const lately = users.listRecentLoginFailures({ email: 'a@exemple.cm', ip: '192.0.2.1', since: at(8) });
    expect(lately.address).toHaveLength(3);
    expect(lately.pair).toHaveLength(2);
  });
});
