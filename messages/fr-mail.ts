// E-mail: the messages the site sends, the pages their links open, and the admins' "Courriels" page;
// part of the catalog as `t.mail` (messages/fr.ts).
import { formatNumber, plural } from './plural';

export const mail = {
  footer: (siteName: string, siteUrl: string) => `${siteName} — ${siteUrl}`,
  unsubscribe: 'Se désabonner',
  admin: {
    nav: 'Courriels',
    title: 'Courriels',
    lead: 'Les 100 derniers messages envoyés par le site, du plus récent au plus ancien.',
    empty: 'Aucun message pour le moment.',
    failedCount: (n: number) => plural(n, '{n} message en échec', '{n} messages en échec'),
    dashboardFailed: 'Courriels en échec',
    columns: {
      createdAt: 'Créé le',
      recipient: 'Destinataire',
      subject: 'Objet',
      status: 'État',
      attempts: 'Essais',
      lastError: 'Dernière erreur',
    },
    unreadable: 'adresse illisible',
    attempts: (n: number) => formatNumber(n),
    statuses: {
      pending: 'En attente',
      sending: 'En cours d’envoi',
      retrying: 'Nouvel essai prévu',
      sent: 'Envoyé',
      failed: 'Échec',
    },
  },
};
