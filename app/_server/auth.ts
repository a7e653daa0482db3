import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { encode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { recordAudit } from '@/db/audit';
import { getSignInAccountForStaff, listRecentLoginFailures, recordLoginAttempt } from '@/db/users';
import { config } from '@/lib/config';
import { FAILURE_LOOKBACK_MS, lockedUntil } from '@/lib/login-throttle';
import { checkPassword } from '@/lib/password';
import { secretFor } from '@/lib/secret';
import { normaliseEmail } from '@/lib/signed-token';
import { forwardedClient } from './request-ip';

declare module 'next-auth' {
  interface Session {
    /** The users.id of the session; the guard re-reads the role and state from the database on every request. */
    staffId: number;
  }
}

// next-auth builds its own URLs (and decides on secure cookies) from NEXTAUTH_URL.
process.env.NEXTAUTH_URL ??= config.siteUrl;

const secure = config.siteUrl.startsWith('https:');
// A working day; the token carries only the user id, so a demotion or a disabled account counts at once.
const SESSION_MAX_AGE = 12 * 60 * 60;
const sessionCookie = {
  name: `${secure ? '__Secure-' : ''}kq_session`,
  options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure },
};

/** Stands for a missing address in the lockout count: such tries still share one bucket. */
export const UNKNOWN_ADDRESS = 'inconnue';

export type SignInResult =
  { ok: true; userId: number } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'locked'; until: Date };

/**
 * The one sign-in check, for the /admin/connexion form and next-auth's credentials endpoint alike:
 * refused while the account or the address is locked out, then the password checked in the same
 * time whether the e-mail exists or not. Every outcome is recorded.
 */
export async function authenticateStaff(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const now = new Date();
  const email = normaliseEmail(input.email).slice(0, 254);
  const failures = listRecentLoginFailures({
    email,
    ip: input.ip,
    since: new Date(now.getTime() - FAILURE_LOOKBACK_MS),
  });
  const until = [lockedUntil(failures.forEmail, now), lockedUntil(failures.forIp, now)]
    .filter((date): date is Date => date !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (until) {
    recordAudit([{ userId: null, action: 'auth.locked', details: { email }, ip: input.ip }]);
    return { ok: false, reason: 'locked', until };
  }
  const account = getSignInAccountForStaff(email);
  const valid = await checkPassword(input.password, account?.passwordHash ?? null);
  recordLoginAttempt({ email, ip: input.ip, success: valid, at: now });
  if (!valid || !account) {
    recordAudit([{ userId: null, action: 'auth.failure', details: { email }, ip: input.ip }]);
    return { ok: false, reason: 'invalid' };
  }
  recordAudit([{ userId: account.id, action: 'auth.signin', ip: input.ip }]);
  return { ok: true, userId: account.id };
}

export const authOptions: NextAuthOptions = {
  secret: secretFor('auth'),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
  cookies: { sessionToken: sessionCookie },
  pages: { signIn: '/admin/connexion', error: '/admin/connexion' },
  providers: [
    // next-auth's own endpoint (/api/auth/callback/credentials) goes through the same check as the form.
    CredentialsProvider({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        const ip = forwardedClient(request.headers?.['x-forwarded-for']) ?? UNKNOWN_ADDRESS;
        const result = await authenticateStaff({
          email: credentials?.email ?? '',
          password: credentials?.password ?? '',
          ip,
        });
        if (result.ok) return { id: String(result.userId) };
        if (result.reason === 'locked') throw new Error('locked');
        return null;
      },
    }),
  ],
  callbacks: {
    session: ({ session, token }) => ({ expires: session.expires, staffId: Number(token.sub) }),
  },
};

/** Opens a session for a user the form has just authenticated: next-auth's encrypted JWT, in next-auth's cookie. */
export async function startStaffSession(userId: number): Promise<void> {
  const token = await encode({ token: { sub: String(userId) }, secret: secretFor('auth'), maxAge: SESSION_MAX_AGE });
  (await cookies()).set(sessionCookie.name, token, { ...sessionCookie.options, maxAge: SESSION_MAX_AGE });
}

export async function endStaffSession(): Promise<void> {
  (await cookies()).delete({ name: sessionCookie.name, path: '/' });
}
