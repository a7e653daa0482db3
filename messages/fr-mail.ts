// E-mail: the messages the site sends, the pages their links open, and the admins' "Courriels" page;
// part of the catalog as `t.mail` (messages/fr.ts).
import { formatNumber, plural } from './plural';

export const mail = {
  footer: (siteName: string, siteUrl: string) => `${siteName} — ${siteUrl}`,
  unsubscribe: 'Se désabonner',
  unsubscribeThread: 'Ne plus recevoir les réponses à ce commentaire',
  unsubscribeAll: 'Ne plus rien recevoir de notre part',
  hello: (name: string) => `Bonjour ${name},`,
  confirm: {
    subject: (site: string) => `Confirmez votre adresse e-mail – ${site}`,
    intro: (article: string) =>
      `Vous avez demandé à être prévenu par e-mail des réponses à votre commentaire sur « ${article} ». Pour recevoir ces messages, confirmez votre adresse :`,
    link: 'Confirmer mon adresse',
    ignore: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : vous ne recevrez rien d’autre.',
  },
  reply: {
    subject: (name: string, article: string) => `${name} a répondu à votre commentaire sur « ${article} »`,
    intro: (name: string, article: string) => `${name} a répondu à votre commentaire sur « ${article} » :`,
    link: 'Lire la réponse',
  },
  published: {
    subject: (article: string) => `Votre commentaire a été publié sur « ${article} »`,
    intro: (article: string) => `Votre commentaire sur « ${article} » a été approuvé et publié.`,
    link: 'Voir votre commentaire',
  },
  digest: {
    subject: (n: number, site: string) =>
      `${plural(n, '{n} commentaire attend', '{n} commentaires attendent')} votre modération – ${site}`,
    intro: (n: number) =>
      `${plural(n, '{n} commentaire attend', '{n} commentaires attendent')} une décision dans la file de modération.`,
    oldest: (shown: number, total: number) =>
      shown < total
        ? `Les ${formatNumber(shown)} plus anciens :`
        : plural(shown, 'Le voici :', 'Du plus ancien au plus récent :'),
    item: (author: string, article: string, when: string) => `${author}, sur « ${article} », le ${when} :`,
    link: 'Ouvrir la file de modération',
    why: {
      hourly: 'Vous recevez ce résumé au plus une fois par heure, quand des commentaires attendent.',
      daily: 'Vous recevez ce résumé au plus une fois par jour, quand des commentaires attendent.',
    },
    settings: 'Changer ou arrêter ce résumé (Mon compte)',
  },
  confirmPage: {
    title: 'Confirmer votre adresse e-mail',
    lead: 'Confirmez votre adresse pour être prévenu par e-mail des réponses à vos commentaires.',
    button: 'Confirmer mon adresse',
    done: 'Merci, votre adresse est confirmée. Vous serez prévenu des réponses à vos commentaires.',
    invalid:
      'Ce lien de confirmation n’est pas valide ou a expiré. Cochez à nouveau la case en publiant un commentaire pour en recevoir un autre.',
  },
  unsubscribePage: {
    title: 'Se désabonner',
    thread: 'Ne plus recevoir les réponses à ce commentaire',
    all: 'Ne plus rien recevoir de notre part',
    doneThread: 'C’est fait : vous ne recevrez plus les réponses à ce commentaire.',
    doneAll: 'C’est fait : vous ne recevrez plus aucun e-mail de notre part au sujet des commentaires.',
    invalid: 'Ce lien de désabonnement n’est pas valide.',
  },
  oneClickDone: 'Désabonnement enregistré.',
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
