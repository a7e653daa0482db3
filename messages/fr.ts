// Every piece of UI text, in French. Another locale is another file with the same shape (Messages).
import { admin } from './fr-admin';
import { mail } from './fr-mail';
import { myData } from './fr-my-data';
import { plural } from './plural';

export const fr = {
  site: {
    tagline: 'L’actualité, vite et bien',
    skipToContent: 'Aller au contenu',
    mainNav: 'Rubriques',
    home: 'Accueil',
    footerAbout: 'Kiosque, journal d’information en ligne.',
    footerNav: 'Pied de page',
    // The footer's switch between the full page and the light one (no JavaScript, small pictures).
    lightVersion: 'Version légère',
    fullVersion: 'Version complète',
    privacy: 'Données personnelles',
    myData: 'Mes données',
    rights: (year: number) => `© ${year} Kiosque. Tous droits réservés.`,
  },
  home: {
    title: 'Accueil',
    lead: 'À la une',
    latest: 'Dernières nouvelles',
    moreInSection: (name: string) => `Toute la rubrique ${name}`,
  },
  listing: {
    section: (name: string) => name,
    tag: (name: string) => `Mot-clé : ${name}`,
    author: (name: string) => name,
    authorArticles: 'Ses articles',
    empty: 'Aucun article pour le moment.',
    pageTitle: (title: string, page: number) => (page > 1 ? `${title} – page ${page}` : title),
  },
  pagination: {
    label: 'Pagination',
    previous: 'Page précédente',
    next: 'Page suivante',
    page: (n: number, total: number) => `Page ${n} sur ${total}`,
  },
  article: {
    by: 'Par',
    published: (when: string) => `Publié le ${when}`,
    updated: (when: string) => `Mis à jour le ${when}`,
    readingTime: (minutes: number) => `${minutes} min de lecture`,
    source: 'Source :',
    tags: 'Mots-clés',
    related: 'À lire aussi',
    share: 'Partager',
    shareWhatsApp: 'Partager sur WhatsApp',
    shareFacebook: 'Partager sur Facebook',
    shareX: 'Partager sur X',
    shareEmail: 'Envoyer par e-mail',
    copyLink: 'Lien de l’article',
    copyLinkHint: 'Sélectionnez le lien pour le copier',
    photoCredit: (credit: string) => credit,
    comments: 'Commentaires',
  },
  /** An embed before the reader asks for it: a link to the provider's page (lib/markdown.ts). */
  embeds: {
    youtube: { name: 'YouTube', link: 'Voir la vidéo sur YouTube' },
    dailymotion: { name: 'Dailymotion', link: 'Voir la vidéo sur Dailymotion' },
    x: { name: 'X', link: 'Voir la publication sur X' },
    facebook: { name: 'Facebook', link: 'Voir la publication sur Facebook' },
    notice: (name: string) =>
      `Le contenu de ${name} ne se charge que si vous cliquez : ${name} peut alors déposer ses cookies.`,
  },
  counts: {
    comments: (n: number) => (n === 0 ? 'Aucun commentaire' : plural(n, '{n} commentaire', '{n} commentaires')),
    commentsHeading: (n: number) =>
      n === 0 ? 'Aucun commentaire' : n === 1 ? 'Un commentaire' : plural(n, '{n} commentaire', '{n} commentaires'),
  },
  comments: {
    /** The comment form's labels: plain strings, handed as they are to the form (a client component). */
    form: {
      title: 'Laisser un commentaire',
      cancelReply: 'Annuler la réponse',
      notice: 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
      body: 'Commentaire',
      authorName: 'Nom',
      authorEmail: 'E-mail',
      authorUrl: 'Site web',
      remember: 'Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.',
      notifyReplies: 'Me prévenir par e-mail des réponses à mon commentaire',
      notifyRepliesHint: 'La première fois, nous vous envoyons un lien pour confirmer votre adresse.',
      honeypot: 'Ne remplissez pas ce champ',
      submit: 'Laisser un commentaire',
      submitReply: 'Envoyer la réponse',
      sending: 'Envoi en cours…',
      myData: 'Mes données : voir, télécharger ou effacer vos commentaires',
    },
    errorSummary: 'Le commentaire n’a pas été envoyé. Corrigez les champs signalés.',
    unavailable: 'Le commentaire n’a pas pu être enregistré, réessayez dans un instant.',
    fieldErrors: {
      required: {
        body: 'Écrivez votre commentaire.',
        authorName: 'Indiquez votre nom.',
        authorEmail: 'Indiquez votre adresse e-mail.',
        authorUrl: 'Indiquez l’adresse de votre site.',
      },
      tooLong: (max: number) =>
        `Ce champ est trop long : ${new Intl.NumberFormat('fr-FR').format(max)} caractères au maximum.`,
      invalidEmail: 'Cette adresse e-mail n’est pas valide (exemple : nom@domaine.cm).',
      invalidUrl: 'L’adresse du site doit commencer par http:// ou https://.',
    },
    refusals: {
      duplicate: 'Commentaire en double : vous avez déjà publié ce commentaire.',
      flood: 'Vous publiez trop vite. Patientez quelques secondes avant de publier un autre commentaire.',
      'hourly-cap': 'Vous avez publié trop de commentaires en une heure. Réessayez plus tard.',
      closed: 'Les commentaires sont fermés.',
      'no-article': 'Cet article n’accepte pas de commentaires.',
      'no-parent': 'Le commentaire auquel vous répondez n’est plus disponible.',
    },
    held: 'Votre commentaire est en attente de modération.',
    backToArticle: 'Retour à l’article',
    closed: 'Les commentaires sont fermés.',
    reply: 'Répondre',
    replyTo: (name: string) => `Répondre à ${name}`,
    inReplyTo: (name: string) => `en réponse à ${name}`,
    staff: 'Rédaction',
    said: 'a écrit',
    report: 'Signaler',
    reportLegend: 'Signaler ce commentaire',
    reportReason: 'Motif',
    reportReasons: { spam: 'Spam', insulte: 'Insulte', 'hors-sujet': 'Hors sujet', autre: 'Autre' },
    reportSubmit: 'Envoyer le signalement',
    reported: 'Merci, votre signalement a été enregistré.',
    threadPages: 'Pages des commentaires',
    empty: 'Soyez le premier à réagir.',
    edited: 'modifié',
    editedOn: (when: string) => `Modifié le ${when}`,
    deletedByAuthor: 'Commentaire supprimé par son auteur',
    /** The author's own comment, from the browser that posted it (lib/own-comment-keys.ts). */
    own: {
      edit: 'Modifier',
      delete: 'Supprimer',
      editTitle: 'Modifier votre commentaire',
      body: 'Votre commentaire',
      window: (minutes: number) =>
        `Vous pouvez modifier ou supprimer ce commentaire pendant ${plural(minutes, '{n} minute', '{n} minutes')} après son envoi, depuis ce navigateur.`,
      save: 'Enregistrer la modification',
      saving: 'Enregistrement…',
      cancel: 'Annuler',
      deleteQuestion:
        'Supprimer ce commentaire ? Les réponses resteront, sous « Commentaire supprimé par son auteur ».',
      deleteConfirm: 'Supprimer définitivement',
      errorSummary: 'La modification n’a pas été enregistrée. Corrigez le champ signalé.',
      expired:
        'Ce commentaire ne peut plus être modifié ni supprimé depuis ce navigateur : le délai est passé, ou il a été envoyé depuis un autre navigateur.',
    },
  },
  privacy: {
    title: 'Données personnelles',
    intro:
      'Ce que Kiosque garde sur les lecteurs qui commentent, pourquoi, et combien de temps. Ces durées sont celles que le site applique en ce moment : un effacement automatique s’en charge chaque heure.',
    columns: { what: 'Donnée', why: 'Pourquoi', howLong: 'Combien de temps' },
    untilDeleted: 'Tant que le commentaire est en ligne',
    days: (n: number) => plural(n, '{n} jour', '{n} jours'),
    minutes: (n: number) => plural(n, '{n} minute', '{n} minutes'),
    afterComment: (days: string) => `${days} après le commentaire, puis effacées`,
    keptFor: (days: string) => `${days}, puis effacées`,
    afterSending: (days: string) => `${days} après l’envoi, puis supprimés avec leurs données`,
    rows: {
      published: {
        what: 'Nom, site web et texte du commentaire',
        why: 'Ils sont publiés avec le commentaire, une fois celui-ci approuvé.',
      },
      email: {
        what: 'Adresse e-mail',
        why: 'Jamais publiée. Chiffrée dans la base de données, elle sert à reconnaître un auteur déjà approuvé et à appliquer les décisions de la modération.',
      },
      address: {
        what: 'Adresse IP et navigateur utilisé',
        why: 'Lutter contre le spam et les abus (envois en rafale, auteurs bloqués).',
      },
      discarded: {
        what: 'Commentaires classés en spam ou mis à la corbeille',
        why: 'Permettre à la modération de revenir sur une erreur.',
      },
      reports: {
        what: 'Signalements',
        why: 'Une empreinte non réversible du navigateur et de l’adresse IP, pour compter un seul signalement par lecteur.',
        howLong: 'Supprimés avec le commentaire signalé',
      },
      staffSignIns: {
        what: 'Connexions de la rédaction (adresse e-mail et IP)',
        why: 'Protéger les comptes de la rédaction contre les tentatives de mot de passe.',
      },
      mail: {
        what: 'E-mails envoyés par le site (adresse du destinataire, chiffrée, et objet)',
        why: 'Confirmer un abonnement, prévenir d’une réponse, envoyer un lien « Mes données ». Le texte du message est effacé dès l’envoi.',
      },
      dataLinks: {
        what: 'Liens « Mes données »',
        why: 'Vous donner accès à vos données. Seule une empreinte du lien est gardée.',
        howLong: 'Une heure, 30 minutes une fois ouvert, puis supprimés',
      },
    },
    mailKept: (days: string) => `${days} après l’envoi, puis supprimés`,
    myDataLead: 'Pour voir, télécharger ou effacer ce que le site garde sous votre adresse e-mail :',
    cookiesTitle: 'Cookies',
    cookiesIntro:
      'Le site ne dépose aucun cookie publicitaire ni de mesure d’audience. Ceux-ci ne sont lus que par le site :',
    cookies: {
      remember: (days: string) =>
        `kq_commentateur : votre nom, votre e-mail et votre site, chiffrés, seulement si vous cochez la case du formulaire ; ${days}.`,
      held: (days: string) =>
        `kq_attente : vos commentaires en attente de modération, pour que vous les voyiez ; ${days}.`,
      own: (minutes: string) =>
        `kq_auteur : les clés qui vous permettent de modifier ou de supprimer vos commentaires depuis ce navigateur ; ${minutes}.`,
      reader: (days: string) =>
        `kq_lecteur : un identifiant tiré au hasard, pour ne compter qu’une fois vos signalements ; ${days}.`,
      myData: (minutes: string) =>
        `kq_donnees : l’accès à « Mes données » ouvert par le lien reçu par e-mail, dans ce navigateur seulement ; ${minutes}.`,
    },
  },
  search: {
    title: 'Recherche',
    titleFor: (query: string) => `Recherche : ${query}`,
    boxLabel: 'Rechercher sur le site',
    formLabel: 'Rechercher des articles',
    query: 'Mots recherchés',
    section: 'Rubrique',
    allSections: 'Toutes les rubriques',
    from: 'Publié à partir du',
    to: 'Publié jusqu’au',
    dateHint: 'Facultatif, au format AAAA-MM-JJ (exemple : 2022-01-12).',
    submit: 'Rechercher',
    prompt: 'Saisissez un ou plusieurs mots pour chercher parmi les articles.',
    count: (n: number, query: string) => `${plural(n, '{n} résultat', '{n} résultats')} pour « ${query} »`,
    noResults: (query: string) => `Aucun article ne correspond à « ${query} ».`,
    noResultsHint: 'Vérifiez l’orthographe, essayez d’autres mots ou retirez des filtres.',
    errorSummary: 'La recherche n’a pas été lancée. Corrigez les dates signalées.',
    errors: {
      invalidDate: 'Cette date n’est pas valide : utilisez le format AAAA-MM-JJ (exemple : 2022-01-12).',
      endBeforeStart: 'La date de fin doit être le même jour que la date de début ou après.',
    },
    pages: 'Pages des résultats',
    busy: 'La recherche est très demandée en ce moment : réessayez dans un instant.',
  },
  feeds: {
    site: (site: string) => `${site} – toute l’actualité`,
    section: (name: string, site: string) => `${name} – ${site}`,
    tag: (name: string, site: string) => `Mot-clé : ${name} – ${site}`,
    author: (name: string, site: string) => `Articles de ${name} – ${site}`,
    comments: (title: string) => `Commentaires sur « ${title} »`,
    comment: (name: string) => `Commentaire de ${name}`,
    siteDescription: (site: string) => `Les derniers articles de ${site}.`,
  },
  notFound: {
    title: 'Page introuvable',
    body: 'La page que vous cherchez n’existe pas ou n’est plus en ligne.',
    back: 'Retour à l’accueil',
  },
  admin,
  unavailable: {
    title: 'Service momentanément indisponible',
    body: 'Le site ne peut pas répondre pour l’instant. Réessayez dans un instant.',
    unsentPost:
      'Si vous envoyiez un commentaire, il n’a pas été reçu : revenez à la page précédente, votre texte y est encore.',
    home: 'Retour à l’accueil',
  },
  // The server's answers to requests it refuses before rendering anything (lib/request-screen.ts).
  refusals: {
    'bad-address': 'Cette adresse n’est pas valide.',
    'bad-action': 'Cette demande n’a pas pu être lue. Rechargez la page et réessayez.',
    'foreign-origin': 'Ce formulaire a été envoyé depuis un autre site : il a été refusé.',
    'length-required': 'Votre envoi doit indiquer sa taille. Réessayez depuis le formulaire du site.',
    'too-large': 'Votre envoi est trop volumineux.',
    'search-busy': 'La recherche est très demandée en ce moment : réessayez dans un instant.',
  },
  // A deleted article's address (410), answered by the site's server before anything is rendered.
  gone: {
    title: 'Article supprimé',
    body: 'Cet article a été retiré du site par la rédaction.',
  },
  corrections: {
    title: 'Corrections',
    note: (when: string) => `Correction, le ${when} :`,
  },
  preview: {
    banner: 'Aperçu : cet article n’est pas publié. Ne partagez pas cette page.',
    expired: 'Ce lien d’aperçu n’est pas valide ou a expiré. Demandez-en un nouveau à la rédaction.',
  },
  error: {
    title: 'Une erreur est survenue',
    body: 'Nous n’avons pas pu afficher cette page. Réessayez dans un instant.',
    retry: 'Réessayer',
  },
  mail,
  myData,
};

export type Messages = typeof fr;
