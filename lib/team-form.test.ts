import { describe, expect, it } from 'vitest';
import { acceptSchema, fieldsInError, inviteSchema, passwordChangeSchema, profileSchema } from './team-form';

describe('team forms', () => {
  it('cleans a name to one line and refuses an empty one', () => {
    expect(profileSchema.parse({ name: '  Awa\n  Ndiaye\u202E ', bio: 'Reporter.\r\n' })).toEqual({
      name: 'Awa Ndiaye',
      bio: 'Reporter.',
    });
    expect(profileSchema.safeParse({ name: ' \n ', bio: '' }).success).toBe(false);
  });

  it('checks an invitation’s address and role', () => {
    const parsed = inviteSchema.safeParse({ name: 'Awa', email: 'pas-une-adresse', role: 'chef' });
    expect(parsed.success || [...fieldsInError(parsed.error)]).toEqual(['email', 'role']);
  });

  it('names the confirmation when the two passwords differ', () => {
    const parsed = acceptSchema(false).safeParse({ password: 'une longue phrase', confirm: 'une autre phrase' });
    expect(parsed.success || [...fieldsInError(parsed.error)]).toEqual(['confirm']);
    expect(
      acceptSchema(false).parse({ name: 'ignoré', password: 'une longue phrase', confirm: 'une longue phrase' }).name,
    ).toBeNull();
    expect(passwordChangeSchema.safeParse({ current: '', password: 'court', confirm: 'court' }).success).toBe(false);
  });
});
