import { describe, expect, it } from 'vitest';
import { removesLastAdmin } from './team-rules';

const admin = { role: 'admin' as const, active: true };

describe('removesLastAdmin', () => {
  it('refuses to demote or disable the only active admin', () => {
    expect(removesLastAdmin(admin, { role: 'editor', active: true }, 0)).toBe(true);
    expect(removesLastAdmin(admin, { role: 'admin', active: false }, 0)).toBe(true);
  });

  it('lets an admin go when another active admin remains', () => {
    expect(removesLastAdmin(admin, { role: 'editor', active: true }, 1)).toBe(false);
  });

  it('never stands in the way of other changes', () => {
    expect(removesLastAdmin(admin, admin, 0)).toBe(false);
    expect(removesLastAdmin({ role: 'editor', active: true }, { role: 'moderator', active: false }, 0)).toBe(false);
    expect(removesLastAdmin({ role: 'admin', active: false }, { role: 'editor', active: false }, 0)).toBe(false);
  });
});
