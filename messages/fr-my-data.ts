// "Mes données": a commenter's own page to see, download or erase what the site keeps under their address;
// part of the catalog as `t.myData` (messages/fr.ts).
import { plural } from './plural';

export const myData = {
  title: 'Mes données',
  intro:
    'Recevez par e-mail un lien pour voir les commentaires enregistrés sous votre adresse, les télécharger, vous désabonner de nos e-mails ou tout effacer.',
  email: 'Votre adresse e-mail',
  emailHint: 'Celle que vous avez indiquée en commentant.',
  emailError: 'Indiquez une adresse e-mail valide (exemple : nom@domaine.cm).',
  submit: 'Recevoir le lien',
  pending: 'Envoi…',
  answer:
    'Si des commentaires ou des abonnements sont enregistrés sous cette adresse, un lien vient de lui être envoyé. Il est valable une heure et ne sert qu’une fois.',
  erased: 'Vos données ont été effacées.',
  unavailable: 'La demande n’a pas pu être enregistrée, réessayez dans un instant.',
  link: {
    title: 'Accéder à mes données',
    lead: 'Ce lien ne sert qu’une fois : il ouvre vos données pour 30 minutes dans ce navigateur.',
    button: 'Ouvrir mes données',
    invalid: 'Ce lien n’est pas valide : il a déjà servi, il a expiré ou il a été mal copié.',
    askAgain: 'Demander un nouveau lien',
  },
  space: {
    expired: 'Votre accès a expiré ou a déjà été fermé. Demandez un nouveau lien.',
    commentsTitle: 'Vos commentaires',
    count: (n: number) => plural(n, '{n} commentaire', '{n} commentaires'),
    empty: 'Aucun commentaire n’est enregistré sous cette adresse.',
    columns: { article: 'Article', date: 'Date', status: 'État', text: 'Texte' },
    statuses: {
      approved: 'Publié',
      pending: 'En attente de modération',
      spam: 'Classé comme indésirable',
      trash: 'Supprimé par la modération',
    },
    view: 'Voir le commentaire',
    export: 'Télécharger toutes mes données (JSON)',
    subscriptionsTitle: 'E-mails',
    subscribed: (n: number) =>
      plural(n, 'Vous suivez les réponses à {n} commentaire.', 'Vous suivez les réponses à {n} commentaires.'),
    notSubscribed: 'Vous ne recevez aucun e-mail de notre part au sujet des commentaires.',
    unsubscribe: 'Me désabonner de tout',
    unsubscribed: 'C’est fait : vous ne recevrez plus aucun e-mail de notre part au sujet des commentaires.',
  },
  erase: {
    title: 'Effacer mes données',
    intro:
      'Votre adresse e-mail, vos adresses IP, vos abonnements et l’historique lié à cette adresse seront effacés. C’est définitif.',
    mode: 'Vos commentaires',
    modes: {
      delete: 'Les supprimer (les réponses d’autres lecteurs restent, sous « Commentaire supprimé par son auteur »)',
      anonymise: 'Les garder en ligne, signés « Anonyme »',
    },
    modeError: 'Choisissez ce que deviennent vos commentaires.',
    confirm: 'Je comprends que l’effacement est définitif.',
    confirmError: 'Cochez cette case pour confirmer l’effacement.',
    submit: 'Effacer mes données',
    pending: 'Effacement…',
    errorSummary: 'Rien n’a été effacé. Corrigez les champs signalés.',
  },
  anonymousName: 'Anonyme',
  mail: {
    subject: (site: string) => `Accès à vos données – ${site}`,
    intro:
      'Vous avez demandé à voir les données que nous gardons sous cette adresse e-mail. Ce lien est valable une heure et ne sert qu’une fois :',
    link: 'Ouvrir mes données',
    ignore: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne sera fait.',
  },
};
