// The site's own pages in the dashboard, in French; part of the catalog as `t.admin.pages`.

export const pages = {
  nav: 'Pages',
  title: 'Pages du site',
  intro:
    'Les pages fixes du site (À propos, Mentions légales, Contact…), chacune à l’adresse /page/… Une page publiée peut être listée dans le pied de page de tout le site.',
  create: 'Nouvelle page',
  editTitle: (title: string) => `Modifier la page : ${title}`,
  columns: { title: 'Titre', state: 'État', footer: 'Pied de page', updated: 'Modifiée le' },
  state: { draft: 'Brouillon', published: 'Publiée' },
  footerAt: (position: number) => `oui, ordre ${position}`,
  notInFooter: 'non',
  empty: 'Aucune page pour l’instant.',
  view: 'Voir la page',
  fields: {
    title: 'Titre',
    slug: 'Adresse (slug)',
    slugHint:
      'La page sera à l’adresse /page/<slug>. Laissez vide pour la tirer du titre ; si vous la changez, l’ancienne adresse redirige vers la nouvelle.',
    bodyMarkdown: 'Texte (Markdown)',
    status: 'État',
    statuses: { draft: 'Brouillon (invisible des lecteurs)', published: 'Publiée' },
    inFooter: 'Lister dans le pied de page',
    footerPosition: 'Ordre dans le pied de page',
    footerPositionHint: 'Un nombre de 0 à 999 : les plus petits d’abord, puis par titre.',
  },
  fieldset: { text: 'Texte', publication: 'Publication' },
  slugTaken: 'Cette adresse est déjà celle d’une autre page.',
  errorSummary: 'La page n’a pas été enregistrée. Corrigez les champs signalés.',
  saved: 'Page enregistrée.',
  remove: 'Supprimer la page',
  removeHint: 'Supprimée pour de bon : son adresse ne mènera plus nulle part.',
  removed: 'Page supprimée.',
};
