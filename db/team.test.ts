import { beforeEach, describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { sqlite } = await prepareTestDatabase();
const users = await import('./users');
const team = await import('./team');
const links = await import('./account-links');
const sessions = await import('./staff-sessions');

const actor = { staffId: 0, ip: '192.0.2.1' };
beforeEach(() => {
  sqlite.exec(
    'delete from mail_outbox; delete from account_links; delete from staff_sessions; delete from audit_log; delete from users;',
  );
  actor.staffId = users.createStaffUser({
    email: 'chef@exemple.cm',
    name: 'Chef',
    role: 'moderator',
    passwordHash: 'h',
  })!.id;
});

const now = new Date('2026-12-01T10:00:00Z');
const week = new Date(now.getTime() + 7 * 86_400_000);
const mail = (to: { email: string }) => ({
  kind: 'team-invite' as const,
  to: to.email,
  subject: 'Lien',
  text: 'lien',
  html: '<p>lien</p>',
});
const admin = (email: string) => users.createStaffUser({ email, name: email, role: 'admin', passwordHash: 'hash' })!.id;
const others = (at: Date) => team.listTeamForStaff(at).filter((member) => member.id !== actor.staffId);
const audited = (action: string) =>
  (sqlite.prepare('select count(*) as n from audit_log where action = ?').get(action) as { n: number }).n;

describe('the team', () => {
  it('never demotes or disables the last active admin, and lets one go while another remains', () => {
    const first = admin('a@exemple.cm');
    expect(team.changeMemberRole(first, 'editor', actor)).toBe('lastAdmin');
    expect(team.changeMemberDisabled(first, true, actor)).toBe('lastAdmin');
    const second = admin('b@exemple.cm');
    expect(team.changeMemberRole(first, 'editor', actor)).toBe('done');
    // The two admins demoting each other: the second change sees the first.
    expect(team.changeMemberDisabled(second, true, actor)).toBe('lastAdmin');
    expect(users.countActiveAdmins()).toBe(1);
    expect(audited('team.role')).toBe(1);
  });

  it('disabling ends every session and voids the unused links', () => {
    admin('a@exemple.cm');
    const editor = users.createStaffUser({ email: 'e@exemple.cm', name: 'E', role: 'editor', passwordHash: 'h' })!.id;
    sessions.createStaffSession({ userId: editor, at: now, idleBefore: new Date(0) });
    expect(team.issueMemberLink(editor, { tokenHash: 'reset-1', expiresAt: week }, actor, mail)?.purpose).toBe('reset');
    expect(team.changeMemberDisabled(editor, true, actor)).toBe('done');
    expect(sessions.countStaffSessionsOfUser(editor, new Date(0))).toBe(0);
    expect(links.getAccountLinkForStaff('reset-1', now)).toBeNull();
    expect(team.getTeamMemberForStaff(editor, now)?.status).toBe('disabled');
  });

  it('invites a member whose link sets a password once, and lists them as invited until then', () => {
    const invited = team.inviteMember(
      { email: 'Awa@Exemple.cm', name: 'Awa', role: 'editor', tokenHash: 'invite-1', expiresAt: week },
      actor,
      mail,
    );
    expect(invited).toMatchObject({ userId: expect.any(Number) });
    expect(
      team.inviteMember(
        { email: 'awa@exemple.cm', name: 'X', role: 'admin', tokenHash: 'i2', expiresAt: week },
        actor,
        mail,
      ),
    ).toBe('taken');
    expect(others(now).map((member) => member.status)).toEqual(['invited']);
    expect(links.getAccountLinkForStaff('invite-1', now)).toEqual({
      purpose: 'invite',
      name: 'Awa',
      email: 'awa@exemple.cm',
    });
    expect(others(new Date(week.getTime() + 1))[0].status).toBe('expired');

    const use = () =>
      links.consumeAccountLink({ tokenHash: 'invite-1', now, passwordHash: 'h', name: 'Awa N.', ip: null });
    expect(use()).toMatchObject({ purpose: 'invite' });
    expect(use()).toBeNull();
    expect(others(now)[0]).toMatchObject({ name: 'Awa N.', status: 'active' });
    // The invitation was queued with the account, sealed: the outbox holds no address in clear.
    expect(sqlite.prepare("select count(*) as n from mail_outbox where kind = 'team-invite'").get()).toEqual({ n: 1 });
  });

  it('refuses an expired link', () => {
    const { userId } = team.inviteMember(
      { email: 'b@exemple.cm', name: 'B', role: 'editor', tokenHash: 'old', expiresAt: week },
      actor,
      mail,
    ) as { userId: number };
    const later = new Date(week.getTime());
    expect(
      links.consumeAccountLink({ tokenHash: 'old', now: later, passwordHash: 'h', name: null, ip: null }),
    ).toBeNull();
    expect(users.listStaffAccountsForStaff().find((account) => account.id === userId)?.hasPassword).toBe(false);
  });

  it('makes an imported byline a member instead of duplicating it', () => {
    sqlite
      .prepare("insert into users (slug, name, email, role) values ('awa', 'Awa', 'awa@exemple.cm', 'editor')")
      .run();
    expect(others(now)).toEqual([]);
    team.inviteMember(
      { email: 'awa@exemple.cm', name: 'Awa Ndiaye', role: 'moderator', tokenHash: 't', expiresAt: week },
      actor,
      mail,
    );
    expect(others(now)).toMatchObject([{ name: 'Awa Ndiaye', role: 'moderator', status: 'invited' }]);
  });

  it('gives a forgotten-password link only to an account that can sign in', () => {
    const request = (email: string, tokenHash: string) =>
      links.createForgottenPasswordLink(
        { email, emailHash: email, ip: '192.0.2.9', tokenHash, now, expiresAt: week },
        mail,
      );
    users.createStaffUser({ email: 'e@exemple.cm', name: 'E', role: 'editor', passwordHash: 'h' });
    expect(request('inconnu@exemple.cm', 'f1')).toBeNull();
    expect(request('E@exemple.cm', 'f2')).toMatchObject({ email: 'e@exemple.cm' });
    expect(links.countPasswordResetRequests({ emailHash: 'E@exemple.cm', ip: '192.0.2.9', since: now })).toEqual({
      address: 1,
      client: 2,
    });
  });
});
