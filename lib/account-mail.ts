import { config } from './config';
import { t } from './i18n';
import { composeMail, type OutgoingMail } from './mail-message';
import type { Role } from './vocabulary';

const m = t.admin.team.mail;

type Recipient = { name: string; email: string };

const footer = () => t.mail.footer(config.siteName, config.siteUrl);

/** The invitation a new member receives: who invites them to what, and the link to choose a password. */
export function invitationMail(to: Recipient, role: Role, url: string): OutgoingMail {
  return composeMail({
    kind: 'team-invite',
    to: to.email,
    subject: m.inviteSubject(config.siteName),
    blocks: [
      { paragraph: m.greeting(to.name) },
      { paragraph: m.invite(config.siteName, t.admin.roles[role]) },
      { link: { href: url, label: m.inviteLink } },
      { paragraph: m.inviteIgnore },
    ],
    footer: footer(),
  });
}

/** A new password's link: from an admin (a week) or asked for on the sign-in page (an hour). */
export function passwordLinkMail(to: Recipient, url: string, validity: keyof typeof m.validity): OutgoingMail {
  return composeMail({
    kind: 'password-reset',
    to: to.email,
    subject: m.resetSubject(config.siteName),
    blocks: [
      { paragraph: m.greeting(to.name) },
      { paragraph: m.reset(config.siteName) },
      { link: { href: url, label: m.resetLink(m.validity[validity]) } },
      { paragraph: m.resetIgnore },
    ],
    footer: footer(),
  });
}
