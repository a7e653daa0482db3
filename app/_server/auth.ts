import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { encode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { recordAudit } from '@/db/audit';
import { countStaffSessionsOfUser, createStaffSession, deleteStaffSession } from '@/db/staff-sessions';
import { getSignInAccountForStaff, listRecentLoginFailures, markSignedIn, recordLoginAttempt } from '@/db/users';
import { config } from '@/lib/config';
import { decideSignInThrottle, FAILURE_LOOKBACK_MS } from '@/lib/login-throttle';
import { checkPassword } from '@/lib/password';
import { safeReturnPath } from '@/lib/return-path';
import { secretFor } from '@/lib/secret';
import { SESSION_IDLE_MS } from '@/lib/staff-session';
import { normaliseEmail } from '@/lib/signed-token';
import { forwardedClient } from './request-ip';

declare module 'next-auth' {
  interface Session {
    /** The users.id of the session; the guard re-reads the role and state from the database on every request. */
    staffId: number;
    /** The staff_sessions row the guard checks on every request: signing out deletes it. */
    sessionId: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sid?: string;
  }
}

// next-auth builds its own URLs (and decides on secure cookies) from NEXTAUTH_URL.
process.env.NEXTAUTH_URL ??= config.siteUrl;

const secure = config.siteUrl.startsWith('https:');
// A working day at most; the token carries only the user and session ids, so a demotion, a disabled
// account or a sign-out counts at once (and two idle hours end it sooner, lib/staff-session.ts).
const SESSION_MAX_AGE = 12 * 60 * 60;
const sessionCookie = {
  name: `${secure ? '__Secure-' : ''}kq_session`,
  options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure },
};

/** Stands for a missing address in the lockout count: such tries still share one bucket. */
export const UNKNOWN_ADDRESS = 'inconnue';

export type SignInResult =
  | { ok: true; userId: number }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked' | 'slowed'; until: Date };

/**
 * The one sign-in check, for the /admin/connexion form and next-auth's credentials endpoint alike:
 * refused while the throttle says so (lib/login-throttle.ts), then the password checked in the same
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
  const throttle = decideSignInThrottle(failures, now);
  if (throttle.kind !== 'allowed') {
    recordAudit([{ userId: null, action: `auth.${throttle.kind}`, details: { email }, ip: input.ip }]);
    return { ok: false, reason: throttle.kind, until: throttle.until };
  }
  const account = getSignInAccountForStaff(email);
  const valid = await checkPassword(input.password, account?.passwordHash ?? null);
  recordLoginAttempt({ email, ip: input.ip, success: valid, at: now });
  if (!valid || !account) {
    recordAudit([{ userId: null, action: 'auth.failure', details: { email }, ip: input.ip }]);
    return { ok: false, reason: 'invalid' };
  }
  recordAudit([{ userId: account.id, action: 'auth.signin', ip: input.ip }]);
  markSignedIn(account.id, now);
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
        if (result.reason === 'invalid') return null;
        throw new Error(result.reason);
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => (user ? { sub: user.id, sid: openStaffSession(Number(user.id)) } : token),
    session: ({ session, token }) => ({
      expires: session.expires,
      staffId: Number(token.sub),
      sessionId: String(token.sid ?? ''),
    }),
    // next-auth's callbackUrl obeys the same rule as the form's `retour`.
    redirect: ({ url, baseUrl }) =>
      `${baseUrl}${safeReturnPath(url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url)}`,
  },
  events: {
    // next-auth's own sign-out endpoint ends the session on the server too, like the dashboard's button.
    signOut: ({ token }) => {
      if (token.sid && deleteStaffSession(token.sid))
        recordAudit([{ userId: Number(token.sub), action: 'auth.signout' }]);
    },
  },
};

const idleBefore = (now: Date) => new Date(now.getTime() - SESSION_IDLE_MS);

function openStaffSession(userId: number): string {
  const now = new Date();
  return createStaffSession({ userId, at: now, idleBefore: idleBefore(now) });
}

/** How many sessions the member has open, in every browser. */
export function countOpenStaffSessions(userId: number): number {
  return countStaffSessionsOfUser(userId, idleBefore(new Date()));
}

/** Opens a session for a user the form has just authenticated: next-auth's encrypted JWT, in next-auth's cookie. */
export async function startStaffSession(userId: number): Promise<void> {
  const token = await encode({
    token: { sub: String(userId), sid: openStaffSession(userId) },
    secret: secretFor('auth'),
    maxAge: SESSION_MAX_AGE,
  });
  (await cookies()).set(sessionCookie.name, token, { ...sessionCookie.options, maxAge: SESSION_MAX_AGE });
}

/** Forgets the cookie in this browser; the caller has revoked the session itself (a copied cookie is dead too). */
export async function clearStaffCookie(): Promise<void> {
  (await cookies()).delete({ name: sessionCookie.name, path: '/' });
}
