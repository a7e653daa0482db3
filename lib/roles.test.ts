import { describe, expect, it } from 'vitest';
import { roles } from './vocabulary';
import { can, decideAccess, permissions, type StaffMember } from './roles';

describe('the role table', () => {
  it('grants exactly what the issue lists', () => {
    const table = Object.fromEntries(
      roles.map((role) => [role, permissions.filter((permission) => can(role, permission))]),
    );
    expect(table).toEqual({
      admin: ['moderate', 'deleteComments', 'articles', 'settings', 'audit', 'team'],
      editor: ['moderate', 'articles'],
      moderator: ['moderate'],
    });
  });
});

describe('decideAccess', () => {
  const member = (role: StaffMember['role']): StaffMember => ({ id: 1, name: 'Awa', email: 'awa@example.com', role });

  it('refuses a request with no live account as anonymous', () => {
    expect(decideAccess(null, 'moderate')).toEqual({ kind: 'anonymous' });
  });

  it('refuses a role below the permission and names who asked', () => {
    expect(decideAccess(member('moderator'), 'articles')).toEqual({ kind: 'forbidden', staff: member('moderator') });
    expect(decideAccess(member('editor'), 'settings')).toEqual({ kind: 'forbidden', staff: member('editor') });
    expect(decideAccess(member('editor'), 'deleteComments')).toMatchObject({ kind: 'forbidden' });
  });

  it('allows a role that holds the permission', () => {
    expect(decideAccess(member('moderator'), 'moderate')).toEqual({ kind: 'allowed', staff: member('moderator') });
    expect(decideAccess(member('admin'), 'audit')).toMatchObject({ kind: 'allowed' });
  });
});
