// Every piece of UI text, in French. Another locale is another file with the same shape (Messages).
const plural = (n: number, one: string, other: string) => (new Intl.PluralRules('fr-FR').select(n) === 'one' ? one : other).replace('{n}', new Intl.NumberFormat('fr-FR').format(n));

export const fr = {
  site: {
    tagline: 'L’actualité, vite et bien',
    skipToContent: 'Aller au contenu',
    mainNav: 'Rubriques',
    home: 'Accueil',
    footerAbout: 'Kiosque, journal d’information en ligne.',
    footerNav: 'Pied de page',
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
  counts: {
    comments: (n: number) => (n === 0 ? 'Aucun commentaire' : plural(n, '{n} commentaire', '{n} commentaires')),
    commentsHeading: (n: number) => (n === 0 ? 'Aucun commentaire' : n === 1 ? 'Un commentaire' : plural(n, '{n} commentaire', '{n} commentaires')),
  },
  notFound: {
    title: 'Page introuvable',
    body: 'La page que vous cherchez n’existe pas ou n’est plus en ligne.',
    back: 'Retour à l’accueil',
  },
  error: {
    title: 'Une erreur est survenue',
    body: 'Nous n’avons pas pu afficher cette page. Réessayez dans un instant.',
    retry: 'Réessayer',
  },
};

export type Messages = typeof fr;
