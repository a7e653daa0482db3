import { randomBytes } from 'node:crypto';
import { hashPassword } from '@/lib/password';
import type { Role } from '@/lib/vocabulary';
import { createStaffUser } from './users';

const demoStaff: { role: Role; email: string; name: string }[] = [
  { role: 'admin', email: 'admin@kiosque.example', name: 'Administration (démo)' },
  { role: 'editor', email: 'edition@kiosque.example', name: 'Édition (démo)' },
  { role: 'moderator', email: 'moderation@kiosque.example', name: 'Modération (démo)' },
];

/**
 * One demo account per role, only when asked for (`npm run db:seed -- --demo-staff`): each gets a fresh
 * random password, returned once to be printed. An account that already exists is left alone.
 */
export async function seedDemoStaff(): Promise<{ role: Role; email: string; password: string | null }[]> {
  const created = [];
  for (const account of demoStaff) {
    const password = randomBytes(12).toString('base64url');
    const result = createStaffUser({ ...account, passwordHash: await hashPassword(password) });
    created.push({ role: account.role, email: account.email, password: result ? password : null });
  }
  return created;
}
