// Demo content for `npm run db:seed`: the article the project started from, word for word, plus original demo articles.
import type { CommentMode } from '@/lib/vocabulary';

export type SeedSection = { slug: string; name: string; description: string };
export type SeedAuthor = { slug: string; name: string; email: string; bio: string; avatar: string | null };
export type SeedTag = { slug: string; name: string };
export type SeedHero = {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
};
export type SeedArticle = {
  slug: string;
  title: string;
  dek: string;
  bodyMarkdown: string;
  section: string; // a SeedSection slug
  author: string; // a SeedAuthor slug
  tags: string[]; // SeedTag slugs
  publishedAt: Date;
  updatedAt: Date | null;
  status: 'draft' | 'published';
  source: string | null;
  featured: boolean;
  commentMode: CommentMode;
  keepCommentsOpen: boolean; // true: comments stay open after the automatic 14-day close
  hero: SeedHero | null;
};
export type SeedComment = {
  key: string;
  article: string;
  parent: string | null; // parent is another SeedComment key
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  body: string;
  status: 'approved' | 'pending';
  createdAt: Date;
  staffAuthor: string | null; // a SeedAuthor slug when the newsroom itself replies
};

const DAY = 86_400_000;
/** A date `days` before now at the given Africa/Douala (UTC+1) wall-clock time, so the demo always looks fresh. */
export function daysAgo(days: number, hour: number, minute = 0): Date {
  const d = new Date(Date.now() - days * DAY);
  d.setUTCHours(hour - 1, minute, 0, 0);
  return d;
}

// Typography: French text uses ’ (U+2019) and a non-breaking space (written \u00a0) inside « » and before : ; ? ! %,
// as in the seed article. Demo dates are at least one day in the past (comments never land in the future),
// except the scheduled article, which is days in the future.

export const sections: SeedSection[] = [
  {
    slug: 'international',
    name: 'International',
    description: 'L’actualité du monde et de l’Afrique centrale, vue de Yaoundé et de Douala.',
  },
  {
    slug: 'politique',
    name: 'Politique',
    description: 'La vie des institutions, des partis et des collectivités territoriales du Cameroun.',
  },
  {
    slug: 'economie',
    name: 'Économie',
    description: 'Marchés, filières agricoles, entreprises et infrastructures\u00a0: l’économie au quotidien.',
  },
  {
    slug: 'societe',
    name: 'Société',
    description: 'Éducation, santé, transports et vie des quartiers, au plus près des Camerounais.',
  },
  {
    slug: 'sport',
    name: 'Sport',
    description: 'Football, handball, athlétisme\u00a0: les compétitions et ceux qui les font vivre.',
  },
  {
    slug: 'kazakhstan',
    name: 'Kazakhstan',
    description: 'Notre suivi de l’actualité du Kazakhstan et de l’Asie centrale.',
  },
  { slug: 'culture', name: 'Culture', description: 'Livres, musiques, scènes et festivals du Cameroun et d’ailleurs.' },
];

export const authors: SeedAuthor[] = [
  {
    slug: 'brigitte-ngo-mbarga',
    name: 'Brigitte Ngo Mbarga',
    email: 'brigitte.ngo-mbarga@kiosque.example',
    bio: 'Journaliste au service International depuis Yaoundé, elle suit la diplomatie africaine et l’actualité de l’Asie centrale.',
    avatar: '/images/avatars/brigitte-ngo-mbarga.webp',
  },
  {
    slug: 'jean-claude-essomba',
    name: 'Jean-Claude Essomba',
    email: 'jean-claude.essomba@kiosque.example',
    bio: 'Chef du service Économie à Douala. Il couvre les filières agricoles, le port et les grands chantiers d’infrastructures.',
    avatar: '/images/avatars/jean-claude-essomba.webp',
  },
  {
    slug: 'aicha-bello',
    name: 'Aïcha Bello',
    email: 'aicha.bello@kiosque.example',
    bio: 'Reporter au service Société, originaire de Garoua. Elle écrit sur l’école, la santé, la culture et le sport de proximité.',
    avatar: null,
  },
];

export const tags: SeedTag[] = [
  { slug: 'otsc', name: 'OTSC' },
  { slug: 'kazakhstan', name: 'Kazakhstan' },
  { slug: 'securite', name: 'Sécurité' },
  { slug: 'diplomatie', name: 'Diplomatie' },
  { slug: 'elections', name: 'Élections' },
  { slug: 'decentralisation', name: 'Décentralisation' },
  { slug: 'cemac', name: 'CEMAC' },
  { slug: 'agriculture', name: 'Agriculture' },
  { slug: 'cacao', name: 'Cacao' },
  { slug: 'transport', name: 'Transport' },
  { slug: 'numerique', name: 'Numérique' },
  { slug: 'sante', name: 'Santé' },
  { slug: 'education', name: 'Éducation' },
  { slug: 'football', name: 'Football' },
];

/** What most demo articles are: published, never updated, open to comments. */
const published = {
  updatedAt: null,
  status: 'published',
  source: null,
  featured: false,
  commentMode: 'open',
  keepCommentsOpen: false,
} satisfies Partial<SeedArticle>;

/** The article the project was started from (/work/shared/seed-article.txt), word for word. */
const seedArticle: SeedArticle = {
  ...published,
  slug: 'la-situation-au-kazakhstan-a-confirme-la-valeur-militaro-politique-de-lotsc',
  title: 'La situation au Kazakhstan a confirmé la valeur militaro-politique de l’OTSC',
  dek: 'Recevant le secrétaire général de l’OTSC, le président kazakh a salué le rôle de l’alliance après les émeutes qui ont secoué le pays début janvier.',
  bodyMarkdown: `Le président kazakh Kassym-Jomart Tokaïev a déclaré, lors de sa rencontre avec le secrétaire général de l’Organisation du traité de sécurité collective (OTSC) Stanislav Zas, que la situation avec les émeutes récentes dans le pays a confirmé la valeur de l’OTSC en tant que structure militaro-politique, apprend-on mercredi du service de presse du président kazakh.

«\u00a0La situation actuelle a une fois de plus confirmé la valeur de l’organisation en tant que structure militaro-politique. Je crois qu’on parle maintenant de l’Organisation du traité de sécurité collective au sein de la communauté internationale. L’efficacité de l’organisation s’est manifestée assez clairement dans cette situation. À mon avis, il est extrêmement important que le secrétariat établisse une interaction avec les autorités des deux autres organisations internationales\u00a0», a indiqué M. Tokaïev.

Il a noté que la mise en place d’un institut spécial de représentant du secrétaire général de l’OTSC pour des opérations de maintien de paix était également très appropriée. «\u00a0Le chef d’État s’est dit satisfait par les résultats du sommet extraordinaire de l’Organisation du traité de sécurité collective et a exprimé sa gratitude aux alliés de l’OTSC pour avoir soutenu et fourni une assistance rapide au Kazakhstan face à une attaque terroriste\u00a0», indique le message.

Pour rappel, des manifestations ont commencé le 2 janvier dans plusieurs villes du Kazakhstan. Deux jours plus tard, des émeutes se sont propagées sur Almaty et d’autres villes du pays pour se transformer ensuite en émeutes s’accompagnant de pillages et d’attaques de bâtiments publics. Des affrontements avec la police ont fait des morts et des milliers de blessés dans les deux camps. Le président kazakh Kassym-Jomart Tokaïev a demandé de l’aide à l’Organisation du traité de sécurité collective (OTSC). Des unités des forces de maintien de la paix ont déjà entamé des opérations au Kazakhstan. Les autorités ont annoncé, le 7 janvier, le rétablissement de l’ordre constitutionnel dans toutes les régions du pays. Le président kazakh a décrété le 10 janvier journée de deuil national dans le pays.`,
  section: 'kazakhstan',
  author: 'brigitte-ngo-mbarga',
  tags: ['otsc', 'kazakhstan', 'securite', 'diplomatie'],
  publishedAt: new Date('2022-01-12T09:05:00Z'),
  source: '237online.com',
  keepCommentsOpen: true,
  hero: null,
};

export const articles: SeedArticle[] = [
  seedArticle,

  {
    ...published,
    slug: 'cacao-dans-le-centre-les-planteurs-profitent-dune-campagne-aux-prix-record',
    title: 'Cacao\u00a0: dans le Centre, les planteurs profitent d’une campagne aux prix record',
    dek: 'À Obala comme à Bokito, le kilogramme de fèves s’échange au-dessus de 4\u00a0000 FCFA bord champ. Les producteurs investissent, mais redoutent un retournement du marché.',
    bodyMarkdown: `Dans la cour de la coopérative agricole de Nkol-Mebanga, à une vingtaine de kilomètres d’Obala, les sacs de jute s’empilent jusqu’au toit de tôle. Depuis l’ouverture de la campagne principale, les acheteurs se succèdent et les prix inscrits sur l’ardoise de l’entrée n’ont presque jamais baissé. Mardi matin, le kilogramme de fèves sèches de bonne qualité s’y négociait à 4\u00a0350 FCFA, un niveau que les planteurs les plus âgés disent n’avoir jamais connu.

## Des revenus qui changent le quotidien

Pour Hélène Atangana, qui exploite trois hectares hérités de son père, la différence se voit déjà à la maison.

> «\u00a0L’an dernier, je vendais à moins de la moitié de ce prix. Cette saison, j’ai pu payer la scolarité des quatre enfants en une seule fois et commencer à remplacer les vieux plants\u00a0», confie-t-elle.

Autour d’elle, plusieurs producteurs racontent la même chose\u00a0: toitures refaites, motos achetées à crédit, main-d’œuvre mieux payée pour l’écabossage. Les coopératives de la zone signalent aussi un retour des jeunes dans les plantations, attirés par des revenus devenus compétitifs face aux petits métiers de la ville.

## Les points de vigilance

Les responsables de la filière invitent toutefois à la prudence. Lors d’une réunion d’information organisée à Obala, Théodore Mvondo, délégué départemental chargé du développement rural, a rappelé plusieurs recommandations\u00a0:

- sécher les fèves sur des claies et non à même le sol, pour éviter les moisissures et les déclassements\u00a0;
- exiger un bon de pesée à chaque vente et vérifier les balances des acheteurs\u00a0;
- épargner une partie des recettes, les cours mondiaux restant très volatils\u00a0;
- se méfier des acheteurs qui proposent des avances sur la prochaine récolte.

Les cours internationaux, suivis notamment par l’[Organisation internationale du cacao](https://www.icco.org), ont fortement progressé après plusieurs saisons de production difficiles en Afrique de l’Ouest. Rien ne garantit que ce niveau se maintiendra lors de la campagne intermédiaire.

## La qualité, condition de la durée

À la coopérative, on mise désormais sur la qualité pour fidéliser les exportateurs de Douala. Un séchoir solaire collectif doit être installé avant la fin de l’année, financé en partie par une retenue volontaire de 25 FCFA par kilogramme vendu. «\u00a0Les bons prix ne durent pas toujours. La réputation d’un terroir, si\u00a0», résume le président de la coopérative, Martin Owona.`,
    section: 'economie',
    author: 'jean-claude-essomba',
    tags: ['cacao', 'agriculture'],
    publishedAt: daysAgo(1, 7, 30),
    updatedAt: daysAgo(1, 11, 15),
    featured: true,
    hero: {
      src: '/images/heroes/cacao.webp',
      width: 1200,
      height: 675,
      alt: 'Illustration d’une cabosse de cacao entière et d’une cabosse ouverte laissant voir ses fèves, sur un fond de feuillage vert.',
      caption: 'La campagne principale bat son plein dans le département de la Lékié.',
      credit: 'Illustration\u00a0: Kiosque',
    },
  },

  {
    ...published,
    slug: 'football-scolaire-64-lycees-engages-dans-le-tournoi-de-douala',
    title: 'Football scolaire\u00a0: 64 lycées engagés dans le tournoi inter-établissements de Douala',
    dek: 'Relancé après une longue interruption, le tournoi inter-lycées a démarré samedi au stade de la Réunification. Un championnat féminin se joue en parallèle, une première.',
    bodyMarkdown: `Le coup d’envoi a été donné samedi au stade de la Réunification, devant des tribunes remplies d’élèves en uniforme. Pendant cinq semaines, 64 établissements publics et privés de Douala vont s’affronter dans le cadre du tournoi inter-lycées, relancé cette année après une longue interruption.

## Un format resserré

Les équipes sont réparties en seize poules de quatre. Les matches se jouent le mercredi après-midi et le samedi, afin de ne pas empiéter sur les heures de cours. Seuls les élèves régulièrement inscrits et à jour de leur visite médicale peuvent être alignés.

> «\u00a0Nous voulons que le sport reste une fête et un outil d’éducation. Un joueur absent en classe pendant la semaine ne joue pas le samedi\u00a0», prévient Serge Ekambi, coordonnateur du tournoi à la délégation régionale de l’Éducation physique et sportive.

## Des recruteurs dans les tribunes

Plusieurs centres de formation de la ville ont annoncé la présence de leurs éducateurs lors des phases finales. Les organisateurs ont également lancé un tournoi féminin, avec douze équipes engagées, une première dans l’histoire de la compétition.

La finale est programmée au stade de Japoma. L’entrée sera gratuite pour les élèves sur présentation de leur carte scolaire.`,
    section: 'sport',
    author: 'aicha-bello',
    tags: ['football', 'education'],
    publishedAt: daysAgo(2, 16),
    hero: {
      src: '/images/heroes/stade.webp',
      width: 1200,
      height: 675,
      alt: 'Illustration d’un stade de football vu du ciel, la nuit\u00a0: pelouse rayée, tribunes rouges et quatre projecteurs allumés.',
      caption: 'La finale du tournoi inter-lycées se jouera au stade de Japoma.',
      credit: 'Illustration\u00a0: Kiosque',
    },
  },

  {
    ...published,
    slug: 'route-nationale-n-3-la-rehabilitation-du-troncon-dedea-perturbe-la-circulation',
    title: 'Route nationale n°\u00a03\u00a0: la réhabilitation du tronçon d’Édéa perturbe la circulation',
    dek: 'Circulation alternée, poids lourds invités à rouler de nuit\u00a0: entre Douala et Yaoundé, le trajet peut désormais durer deux heures de plus.',
    bodyMarkdown: `Les automobilistes qui empruntent la route nationale n°\u00a03 entre Douala et Yaoundé doivent s’armer de patience. Depuis le début du mois, les travaux de réhabilitation d’un tronçon d’une douzaine de kilomètres aux abords d’Édéa imposent une circulation alternée, à l’origine de files d’attente qui dépassent parfois une heure aux heures de pointe.

## Ce qui change pour les usagers

Selon le calendrier communiqué par la délégation régionale des Travaux publics du Littoral\u00a0:

- la circulation est alternée de 6 heures à 18 heures sur la section en chantier\u00a0;
- les poids lourds de plus de 30 tonnes sont invités à circuler de nuit\u00a0;
- le pont sur la Sanaga n’est pas concerné par les travaux\u00a0;
- la fin du chantier est annoncée pour la fin de la saison sèche.

> «\u00a0Nous savons que la gêne est réelle. Mais la chaussée était arrivée en fin de vie, et chaque saison des pluies aggravait les nids-de-poule\u00a0», explique l’ingénieur Blaise Nkotto, chef de la mission de contrôle.

## Les transporteurs inquiets

Du côté des agences de voyage, on fait les comptes. Un trajet Douala-Yaoundé qui prenait quatre heures en prend désormais parfois six. Certaines compagnies ont avancé leurs premiers départs à 5 heures du matin. Les transporteurs de marchandises réclament une signalisation renforcée de nuit, après deux accrochages signalés la semaine dernière.

Les autorités recommandent d’écouter les bulletins de circulation diffusés chaque matin par les radios locales avant de prendre la route.`,
    section: 'economie',
    author: 'jean-claude-essomba',
    tags: ['transport'],
    publishedAt: daysAgo(2, 9),
    commentMode: 'moderated',
    hero: {
      src: '/images/heroes/route.webp',
      width: 1200,
      height: 675,
      alt: 'Illustration d’une route bitumée qui serpente entre des collines boisées au coucher du soleil.',
      caption: 'Sur la nationale n°\u00a03, la circulation est alternée aux abords d’Édéa.',
      credit: 'Illustration\u00a0: Kiosque',
    },
  },

  {
    ...published,
    slug: 'kazakhstan-le-corridor-transcaspien-nouvelle-route-des-marchandises',
    title: 'Kazakhstan\u00a0: le corridor transcaspien, nouvelle route des marchandises entre l’Asie et l’Europe',
    dek: 'Trains de conteneurs, ports de la Caspienne, douanes numérisées\u00a0: le Kazakhstan se pose en maillon central d’une route commerciale qui gagne du terrain.',
    bodyMarkdown: `Longtemps restée dans l’ombre des grandes routes maritimes, la voie transcaspienne attire de plus en plus de chargeurs. Ce corridor, qui relie la Chine à l’Europe en traversant le Kazakhstan, la mer Caspienne puis le Caucase, est présenté par les autorités kazakhes comme une alternative crédible aux itinéraires plus septentrionaux.

## Un maillon central

Le Kazakhstan occupe une position clé sur ce trajet. Les trains de conteneurs entrent dans le pays par la frontière chinoise, traversent les steppes sur plus de 2\u00a0000 kilomètres, puis rejoignent les ports d’Aktaou et de Kouryk, sur la Caspienne, d’où les marchandises sont embarquées vers l’Azerbaïdjan.

Les principaux chantiers annoncés portent sur\u00a0:

- l’agrandissement des terminaux à conteneurs des ports de la Caspienne\u00a0;
- la construction de nouvelles voies ferrées pour désengorger les lignes existantes\u00a0;
- la numérisation des formalités douanières aux frontières.

## Des obstacles persistants

Les transitaires rappellent que le trajet reste exigeant\u00a0: plusieurs ruptures de charge, des délais variables pour la traversée de la mer et des coûts encore élevés. Daniyar Seitkali, consultant en logistique installé à Almaty, résume la situation\u00a0:

> «\u00a0Le corridor fonctionne, mais il doit devenir prévisible. Les chargeurs acceptent de payer un peu plus cher, pas d’attendre sans savoir.\u00a0»

Pour les pays d’Afrique centrale, ces évolutions restent lointaines. Elles illustrent toutefois la recomposition en cours des routes du commerce mondial, que nous suivons dans notre rubrique consacrée au Kazakhstan.`,
    section: 'kazakhstan',
    author: 'brigitte-ngo-mbarga',
    tags: ['kazakhstan', 'transport'],
    publishedAt: daysAgo(3, 14),
    hero: {
      src: '/images/heroes/steppe.webp',
      width: 1200,
      height: 675,
      alt: 'Illustration d’un train de conteneurs colorés traversant une steppe dorée, devant des montagnes enneigées, sous un tracé d’itinéraire en pointillés.',
      caption: 'Le Kazakhstan est un maillon central des liaisons ferroviaires entre la Chine et l’Europe.',
      credit: 'Illustration\u00a0: Kiosque',
    },
  },

  {
    ...published,
    slug: 'listes-electorales-la-revision-annuelle-lancee-dans-les-communes-du-centre',
    title: 'Listes électorales\u00a0: la révision annuelle lancée dans les communes du Centre',
    dek: 'Les citoyens âgés d’au moins 20 ans peuvent s’inscrire ou signaler un changement de domicile dans les antennes communales. Des équipes mobiles sillonnent marchés et campus.',
    bodyMarkdown: `La révision annuelle des listes électorales a officiellement démarré lundi dans l’ensemble des communes de la région du Centre. Les citoyens âgés d’au moins 20 ans qui ne sont pas encore inscrits, ou qui ont changé de domicile, peuvent se présenter dans les antennes communales de l’organe chargé des élections.

## Les pièces à fournir

- une carte nationale d’identité en cours de validité, ou le récépissé de la demande\u00a0;
- un justificatif de domicile pour les personnes qui changent de commune\u00a0;
- aucune autre formalité n’est exigée pour une première inscription.

> «\u00a0Nous avons renforcé les équipes mobiles pour aller vers les marchés, les universités et les quartiers éloignés du centre-ville\u00a0», indique Paul-Marie Ndzana, responsable régional des opérations d’inscription.

## Un enjeu de participation

Les responsables de l’opération insistent sur l’inscription des primo-votants, traditionnellement peu nombreux à franchir le pas. Des permanences sont prévues le samedi dans les mairies d’arrondissement de Yaoundé. Les partis politiques légalement reconnus sont invités à désigner leurs représentants au sein des commissions de révision, chargées de contrôler les inscriptions et d’examiner les réclamations.`,
    section: 'politique',
    author: 'brigitte-ngo-mbarga',
    tags: ['elections'],
    publishedAt: daysAgo(4, 10),
    commentMode: 'closed',
    hero: null,
  },

  {
    ...published,
    slug: 'paludisme-une-campagne-de-distribution-de-moustiquaires-dans-lextreme-nord',
    title: 'Paludisme\u00a0: une campagne de distribution de moustiquaires lancée dans l’Extrême-Nord',
    dek: 'Avant le pic de la saison des pluies, les agents de santé communautaires passent de concession en concession pour remettre des moustiquaires imprégnées aux familles.',
    bodyMarkdown: `Les premières moustiquaires ont été remises mardi à Mokolo, dans le département du Mayo-Tsanaga. La campagne, qui doit couvrir l’ensemble des districts de santé de l’Extrême-Nord, mobilise plusieurs centaines d’agents de santé communautaires. Ils passent de concession en concession pour recenser les ménages, puis distribuer une moustiquaire imprégnée d’insecticide pour deux personnes.

## Avant le pic de transmission

Le calendrier n’a pas été choisi au hasard\u00a0: la saison des pluies correspond, dans la région, au pic de transmission du paludisme, qui reste l’une des premières causes de consultation dans les centres de santé, en particulier chez les enfants de moins de cinq ans.

> «\u00a0Une moustiquaire posée chaque soir, c’est moins d’enfants hospitalisés dans trois mois. Nos agents montrent aussi aux familles comment l’installer et l’entretenir\u00a0», explique le Dr Hamadou Abdoulaye, délégué régional de la Santé publique.

## Les bons gestes rappelés aux familles

- dormir chaque nuit sous la moustiquaire, y compris pendant la saison sèche\u00a0;
- la laver à l’eau et au savon doux, puis la faire sécher à l’ombre\u00a0;
- consulter dans les 24 heures en cas de fièvre, surtout chez un jeune enfant\u00a0;
- ne jamais détourner la moustiquaire pour la pêche ou le maraîchage.

Les équipes rappellent que le diagnostic et le traitement des cas simples sont gratuits pour les enfants de moins de cinq ans dans les formations sanitaires publiques. Des informations sur la maladie sont disponibles sur le site de l’[Organisation mondiale de la santé](https://www.who.int/fr/news-room/fact-sheets/detail/malaria).`,
    section: 'societe',
    author: 'aicha-bello',
    tags: ['sante'],
    publishedAt: daysAgo(5, 8),
    hero: null,
  },

  {
    ...published,
    slug: 'rentree-scolaire-a-douala-les-ecoles-publiques-face-aux-classes-surchargees',
    title: 'Rentrée scolaire\u00a0: à Douala, les écoles publiques face au défi des classes surchargées',
    dek: 'Effectifs record, enseignants en nombre insuffisant, frais annexes\u00a0: reportage dans des établissements de Douala où parents et enseignants s’organisent pour tenir l’année.',
    bodyMarkdown: `Il est à peine 7 heures, mais la cour de l’école publique de New-Bell est déjà noire de monde. Des enfants en uniforme bleu et blanc se pressent devant les listes affichées sous le préau, des parents cherchent un nom du bout du doigt, un enseignant tente de ramener le calme à coups de sifflet. Pour cette rentrée, l’établissement a accueilli près de 1\u00a0900 élèves, soit deux cents de plus que l’an dernier, pour seulement dix-huit salles de classe.

La scène n’a rien d’exceptionnel. Dans la plupart des quartiers populaires de Douala, la rentrée s’est déroulée sous le signe des effectifs pléthoriques. La croissance démographique de la capitale économique, l’arrivée de familles venues d’autres régions et la hausse des frais dans certains établissements privés ont poussé de nombreux parents vers l’école publique.

## Jusqu’à cent élèves par salle

Dans la classe de CM1 de Marie-Louise Ekwalla, les bancs prévus pour deux accueillent trois, parfois quatre enfants. L’institutrice compte 104 élèves inscrits. Elle a dû réorganiser sa salle pour laisser un passage au milieu, faute de quoi elle ne pourrait pas atteindre les derniers rangs.

> «\u00a0Corriger cent cahiers chaque soir, ce n’est pas possible. Alors je fais des évaluations orales, je travaille par groupes, je demande aux meilleurs élèves d’aider les autres. On s’adapte, mais ce sont toujours les plus timides qui décrochent\u00a0», explique-t-elle.

Dans cette école, comme dans beaucoup d’autres, la direction a mis en place un système de mi-temps\u00a0: une partie des classes vient le matin, l’autre l’après-midi. La solution réduit la pression sur les salles, mais raccourcit d’autant le temps d’apprentissage. Les parents qui travaillent doivent aussi trouver une solution pour la demi-journée où l’enfant n’est pas à l’école.

## Le manque d’enseignants

Le problème des effectifs se double d’un déficit d’enseignants. Selon le bureau régional d’un syndicat d’enseignants du primaire, plusieurs écoles de l’arrondissement de Douala 2e fonctionnent avec un maître pour deux classes. Dans certains établissements, ce sont les associations de parents d’élèves qui rémunèrent des enseignants vacataires pour combler les postes vacants.

Au lycée d’enseignement général que nous avons visité dans le quartier de Bépanda, le proviseur, Joseph Ngangué, reconnaît que la situation est tendue. Son établissement compte plus de 4\u00a0000 élèves, et les classes de seconde dépassent souvent 90 élèves.

> «\u00a0Nous avons reçu des renforts en début d’année. Mais certaines disciplines restent difficiles à couvrir, notamment les mathématiques, la physique et l’informatique. Nous répartissons les heures au mieux, en attendant les prochaines affectations\u00a0», indique-t-il.

Les enseignants, de leur côté, pointent la charge de travail. Plusieurs d’entre eux cumulent des heures dans deux établissements, publics ou privés, pour compléter leurs revenus. Les déplacements d’un quartier à l’autre, dans une ville où les embouteillages sont quotidiens, ajoutent à la fatigue.

## Les frais annexes pèsent sur les familles

Officiellement, l’école primaire publique est gratuite. Dans les faits, la rentrée reste une épreuve financière pour de nombreuses familles. Les contributions demandées par les associations de parents d’élèves, les tenues, les fournitures et les manuels représentent un budget important, surtout pour les ménages qui scolarisent plusieurs enfants.

Devant un étal de livres d’occasion du marché Central, Jeanne Ebongue compare les prix des manuels avec sa fille aînée. Mère de cinq enfants, elle estime avoir dépensé plus de 120\u00a0000 FCFA depuis la fin des vacances.

> «\u00a0Les livres changent presque chaque année. On ne peut pas réutiliser ceux du grand frère. Alors on achète d’occasion quand on peut, et on photocopie quelques pages quand on ne peut pas\u00a0», raconte-t-elle.

Pour alléger la facture, de nombreuses familles se regroupent. Voici les solutions que les parents rencontrés nous ont décrites\u00a0:

- l’achat groupé de fournitures auprès des grossistes d’Akwa, avec des réductions de 10 à 15\u00a0%\u00a0;
- les bourses aux livres organisées dans les paroisses et les associations de quartier\u00a0;
- le partage des manuels entre deux élèves d’une même classe, selon un calendrier convenu entre les parents\u00a0;
- le paiement échelonné des contributions, accepté par certaines associations de parents.

## Des initiatives pour tenir l’année

Face à ces difficultés, les initiatives locales se multiplient. À Deïdo, une association d’anciens élèves a financé la construction de deux salles de classe en matériaux provisoires. Le chantier, lancé pendant les vacances, a été achevé quelques jours avant la rentrée. «\u00a0Ce n’est pas parfait, mais cela permet de faire sortir deux classes du préau\u00a0», explique le trésorier de l’association, Roger Din.

Ailleurs, des communes d’arrondissement ont engagé des travaux de réhabilitation\u00a0: toitures refaites, latrines construites, points d’eau installés. Ces chantiers, financés en partie par les ressources transférées dans le cadre de la décentralisation, restent cependant modestes au regard des besoins.

Le numérique est aussi présenté comme une piste. Dans un établissement privé confessionnel d’Akwa, une salle équipée de vingt ordinateurs permet aux élèves de consulter des ressources pédagogiques hors ligne. L’initiative intéresse plusieurs directeurs d’écoles publiques, qui se heurtent toutefois au manque d’électricité stable et de personnel formé.

## Le casse-tête des horaires

Le système de mi-temps bouleverse aussi l’organisation des familles. Dans le quartier de Nylon, Bertrand Kamdem, conducteur de moto-taxi, dépose sa fille à 7 heures et revient la chercher à midi, avant de reprendre son travail. Son fils, scolarisé dans une autre école, ne commence qu’à 13 heures. «\u00a0Je perds presque deux heures de travail par jour rien qu’en allers-retours. Mais je préfère savoir mes enfants en sécurité\u00a0», dit-il.

Pour les enseignants, l’alternance n’est pas plus simple. Certains assurent les deux vacations pour compenser les postes vacants et terminent leur journée après 17 heures, sans véritable pause. Les directeurs d’école reconnaissent que cette organisation, pensée comme provisoire, tend à s’installer dans la durée.

Les conséquences se font sentir jusque dans les apprentissages. Plusieurs directeurs interrogés observent que les élèves de l’après-midi, souvent fatigués par la chaleur et par les trajets, ont plus de mal à rester concentrés. Certains établissements alternent désormais les groupes chaque trimestre, afin qu’une même classe ne subisse pas toute l’année les horaires les moins favorables.

## Ce que demandent parents et enseignants

Les associations de parents et les syndicats d’enseignants que nous avons rencontrés formulent des demandes assez proches. Elles portent d’abord sur la construction de nouvelles salles dans les quartiers à forte croissance, comme Japoma, Logbessou ou Bonabéri, où les écoles existantes ne suffisent plus. Elles concernent ensuite le recrutement et l’affectation d’enseignants, avec une attention particulière pour les disciplines scientifiques. Enfin, les parents souhaitent une meilleure information sur les contributions demandées à la rentrée, afin d’éviter les abus.

À la délégation régionale de l’Éducation de base, on assure que la situation est suivie de près. Un responsable, qui a requis l’anonymat faute d’être autorisé à s’exprimer, évoque un recensement des besoins en cours dans chaque arrondissement et la programmation de nouvelles salles de classe dans les prochains budgets.

En attendant, dans la cour de l’école de New-Bell, la cloche sonne la fin de la récréation. Les élèves du matin regagnent les salles, ceux de l’après-midi attendent déjà devant le portail. Marie-Louise Ekwalla ramasse une pile de cahiers. «\u00a0L’essentiel, c’est qu’ils soient là, dit-elle. Le reste, on le construira avec eux.\u00a0»`,
    section: 'societe',
    author: 'aicha-bello',
    tags: ['education', 'decentralisation'],
    publishedAt: daysAgo(6, 6, 45),
    updatedAt: daysAgo(6, 13, 20),
    hero: null,
  },

  {
    ...published,
    slug: 'paiement-mobile-au-marche-mokolo-le-qr-code-gagne-les-etals',
    title: 'Paiement mobile\u00a0: au marché Mokolo, le QR code gagne les étals',
    dek: 'Commerçantes de vivres, vendeurs de pagnes, réparateurs de téléphones\u00a0: à Yaoundé, le paiement par téléphone se banalise, sans faire disparaître les espèces.',
    bodyMarkdown: `Entre les piles de macabos et les seaux de piment, un petit carton plastifié est désormais scotché à la plupart des étals du marché Mokolo. Un QR code, un numéro de téléphone, parfois le logo d’un opérateur\u00a0: les clients n’ont plus qu’à scanner pour payer.

## Moins de monnaie, moins de risques

Pour les commerçants, l’argument principal est la sécurité. Garder moins d’espèces sur soi, c’est moins d’exposition aux vols et moins de temps perdu à chercher la monnaie.

> «\u00a0Avant, je refusais les clients qui arrivaient avec un billet de 10\u00a0000. Maintenant, ils paient avec leur téléphone et je vois l’argent arriver tout de suite\u00a0», raconte Odile Mballa, vendeuse de légumes depuis quinze ans.

## Des freins qui demeurent

Le paiement mobile ne fait pas l’unanimité. Plusieurs commerçants citent\u00a0:

- les frais de retrait, jugés élevés pour les petits montants\u00a0;
- les pannes de réseau aux heures d’affluence\u00a0;
- la crainte des arnaques par faux messages de confirmation.

Les associations de commerçants du marché organisent des séances de sensibilisation pour apprendre à vérifier une transaction avant de remettre la marchandise. Selon leurs responsables, près d’un commerçant sur deux accepterait déjà les paiements par téléphone, une estimation qui reste à confirmer par une enquête plus large.`,
    section: 'economie',
    author: 'jean-claude-essomba',
    tags: ['numerique'],
    publishedAt: daysAgo(7, 11),
    hero: null,
  },

  {
    ...published,
    slug: 'salon-du-livre-jeunesse-de-yaounde-les-auteurs-locaux-a-lhonneur',
    title: 'Salon du livre jeunesse de Yaoundé\u00a0: les auteurs locaux à l’honneur',
    dek: 'Trois jours de lectures, d’ateliers d’écriture et de rencontres avec les élèves\u00a0: le salon veut rapprocher les enfants des livres écrits et édités au Cameroun.',
    bodyMarkdown: `Des classes entières assises en tailleur sur des nattes, des auteurs qui lisent à voix haute, des éditeurs qui déballent leurs cartons\u00a0: le Salon du livre jeunesse de Yaoundé a ouvert ses portes jeudi dans les jardins d’un centre culturel du quartier Bastos.

Cette édition met l’accent sur les auteurs camerounais et sur les ouvrages bilingues, en français et en anglais, mais aussi en ewondo, en duala ou en fulfulde.

> «\u00a0Un enfant qui retrouve son quartier, sa langue ou le prénom de sa grand-mère dans un livre devient plus facilement un lecteur\u00a0», estime Christiane Ayissi, autrice de contes et marraine de cette édition.

## Au programme

- des lectures publiques chaque matin pour les écoles primaires\u00a0;
- des ateliers d’écriture et d’illustration pour les collégiens\u00a0;
- une table ronde sur la diffusion du livre dans les régions\u00a0;
- une vente à prix réduit réservée aux bibliothèques scolaires.

Les organisateurs espèrent accueillir plus de 5\u00a0000 visiteurs. L’entrée est gratuite pour les élèves et les enseignants.`,
    section: 'culture',
    author: 'aicha-bello',
    tags: ['education'],
    publishedAt: daysAgo(8, 17),
    hero: null,
  },

  {
    ...published,
    slug: 'cemac-la-libre-circulation-des-personnes-au-menu-dune-reunion-ministerielle',
    title: 'CEMAC\u00a0: la libre circulation des personnes au menu d’une réunion ministérielle',
    dek: 'Harmonisation des contrôles aux frontières, reconnaissance du passeport communautaire, corridors routiers\u00a0: les experts de la sous-région ont préparé la réunion pendant trois jours.',
    bodyMarkdown: `Les experts des six États membres de la Communauté économique et monétaire de l’Afrique centrale (CEMAC) ont achevé vendredi trois jours de travaux préparatoires consacrés à la libre circulation des personnes. Leurs conclusions doivent être soumises aux ministres chargés de l’intégration régionale lors d’une prochaine réunion.

## Des contrôles encore trop nombreux

Si la libre circulation est consacrée par les textes communautaires, les voyageurs et les transporteurs continuent de se plaindre de contrôles répétés sur les grands axes routiers. Les experts proposent notamment\u00a0:

- la publication, dans chaque pays, de la liste des postes de contrôle autorisés\u00a0;
- la généralisation de la reconnaissance du passeport communautaire aux frontières terrestres\u00a0;
- la mise en place de postes de contrôle juxtaposés sur les principaux corridors.

> «\u00a0L’intégration se mesure au temps que met un commerçant pour aller de Kousseri à N’Djamena ou de Kyé-Ossi à Bitam. C’est ce temps-là qu’il faut réduire\u00a0», a souligné un membre de la délégation camerounaise, Aristide Mebenga, lors de la séance de clôture.

## Un enjeu pour les commerçants transfrontaliers

Les marchés frontaliers, qui font vivre des milliers de familles, sont les premiers concernés. Les textes de référence de l’organisation sont consultables sur le [site de la CEMAC](https://www.cemac.int).`,
    section: 'international',
    author: 'brigitte-ngo-mbarga',
    tags: ['cemac', 'diplomatie', 'transport'],
    publishedAt: daysAgo(9, 12),
    hero: null,
  },

  {
    ...published,
    slug: 'football-les-centres-de-formation-de-douala-veulent-encadrer-les-departs',
    title: 'Football\u00a0: les centres de formation de Douala veulent mieux encadrer les départs de jeunes joueurs',
    dek: 'Contrats signés trop tôt, intermédiaires non agréés, scolarité interrompue\u00a0: les responsables de centres de formation réclament des règles plus claires.',
    bodyMarkdown: `Ils sont une vingtaine de responsables de centres de formation, réunis samedi dans une salle de conférence d’Akwa. Tous font le même constat\u00a0: les départs de joueurs de plus en plus jeunes, souvent vers des clubs étrangers de seconde zone, se font dans des conditions qui échappent aux formateurs comme aux familles.

## Des promesses qui tournent court

Plusieurs éducateurs racontent des histoires semblables\u00a0: un adolescent repéré lors d’un tournoi, un intermédiaire qui promet un essai à l’étranger, des parents qui s’endettent pour payer le voyage. Et parfois, un retour sans contrat ni diplôme.

> «\u00a0Notre travail, c’est de former des footballeurs, mais aussi des jeunes capables de rebondir si le football ne marche pas. Un joueur qui a quitté l’école à 15 ans pour un essai raté, c’est un échec pour tout le monde\u00a0», estime Hervé Kotto, directeur d’un centre de formation de Bonamoussadi.

## Les propositions des formateurs

Les participants ont adopté plusieurs recommandations, qui seront transmises aux instances du football local\u00a0:

- imposer la présence d’un intermédiaire agréé pour tout départ d’un joueur mineur\u00a0;
- conditionner l’inscription dans un centre au suivi d’une scolarité ou d’une formation professionnelle\u00a0;
- créer un registre des jeunes joueurs partis à l’étranger, pour pouvoir suivre leur parcours.

Les centres réfléchissent également à une charte commune, qui engagerait les signataires à informer les familles des règles applicables aux transferts de mineurs.`,
    section: 'sport',
    author: 'aicha-bello',
    tags: ['football', 'education'],
    publishedAt: daysAgo(10, 15),
    hero: null,
  },

  {
    ...published,
    slug: 'otsc-ce-quil-faut-savoir-sur-lalliance-intervenue-au-kazakhstan',
    title: 'OTSC\u00a0: ce qu’il faut savoir sur l’alliance intervenue au Kazakhstan',
    dek: 'Origines, fonctionnement, première opération collective\u00a0: retour sur l’Organisation du traité de sécurité collective, au cœur de l’actualité kazakhe de janvier 2022.',
    bodyMarkdown: `L’Organisation du traité de sécurité collective (OTSC) reste peu connue en Afrique centrale. Elle s’est pourtant retrouvée au centre de l’actualité internationale en janvier 2022, lorsque le Kazakhstan a sollicité son aide face aux émeutes qui ont secoué le pays.

## Une alliance née après l’URSS

Le traité de sécurité collective a été signé en 1992 à Tachkent par plusieurs anciennes républiques soviétiques. Il a été transformé en organisation internationale au début des années 2000, avec un secrétariat permanent et un secrétaire général. Son principe central est l’assistance mutuelle\u00a0: une agression contre un État membre est considérée comme une agression contre tous.

## Une première au Kazakhstan

L’envoi d’unités de maintien de la paix au Kazakhstan, début janvier 2022, a constitué la première opération collective de ce type dans l’histoire de l’organisation. Elle a été de courte durée\u00a0: le retrait des contingents a commencé moins de deux semaines après leur arrivée, une fois l’ordre constitutionnel déclaré rétabli par les autorités kazakhes.

Pour mieux comprendre cet épisode, trois éléments sont à retenir\u00a0:

- l’intervention a été déclenchée à la demande des autorités kazakhes\u00a0;
- les unités déployées ont principalement assuré la protection de sites stratégiques\u00a0;
- l’épisode a relancé le débat sur le rôle de l’organisation en Asie centrale.

> «\u00a0L’intervention au Kazakhstan a montré que l’OTSC pouvait agir vite, mais elle a aussi soulevé des questions sur la portée de son mandat\u00a0», analyse Yannick Ondoa, chercheur en relations internationales à Yaoundé.

Nous publions, dans notre rubrique Kazakhstan, l’article de janvier 2022 consacré à la rencontre entre le président kazakh et le secrétaire général de l’organisation.`,
    section: 'kazakhstan',
    author: 'brigitte-ngo-mbarga',
    tags: ['otsc', 'securite', 'kazakhstan'],
    publishedAt: daysAgo(23, 10),
    hero: null,
  },

  {
    ...published,
    slug: 'decentralisation-les-maires-du-littoral-plaident-pour-un-transfert-plus-rapide',
    title: 'Décentralisation\u00a0: les maires du Littoral plaident pour un transfert plus rapide des ressources',
    dek: 'Réunis deux jours à Douala, les élus locaux du Littoral ont listé leurs priorités\u00a0: ressources financières, personnel qualifié et maîtrise d’ouvrage des petits équipements.',
    bodyMarkdown: `Réunis pendant deux jours à Douala, les maires des communes du Littoral ont adopté une série de recommandations sur la mise en œuvre de la décentralisation. Au cœur de leurs préoccupations\u00a0: le délai qui sépare le transfert des compétences de celui des moyens nécessaires pour les exercer.

## Des compétences sans moyens

Entretien des écoles primaires, gestion des centres de santé de proximité, voirie communale\u00a0: les communes ont vu leurs responsabilités s’élargir. Mais beaucoup d’entre elles, en particulier en zone rurale, disent manquer de ressources et de personnel technique pour y faire face.

> «\u00a0On nous demande de réhabiliter des salles de classe avec des budgets qui arrivent au dernier trimestre. Les parents, eux, attendent des résultats dès la rentrée\u00a0», résume Jean-Pierre Moukouri, président de l’association régionale des communes.

## Les recommandations adoptées

- publier en début d’exercice le calendrier de versement des dotations aux communes\u00a0;
- renforcer la formation des secrétaires généraux et des agents financiers communaux\u00a0;
- permettre aux communes de confier la maîtrise d’ouvrage des petits chantiers à des entreprises locales\u00a0;
- mutualiser certains équipements, comme les engins de voirie, entre communes voisines.

Ces propositions doivent être transmises aux services compétents du ministère en charge de la décentralisation avant la prochaine session des conseils municipaux.`,
    section: 'politique',
    author: 'jean-claude-essomba',
    tags: ['decentralisation'],
    publishedAt: daysAgo(34, 9),
    hero: null,
  },

  {
    ...published,
    slug: 'transport-urbain-un-projet-de-bus-express-entre-bonaberi-et-akwa-a-letude',
    title: 'Transport urbain\u00a0: un projet de bus express entre Bonabéri et Akwa à l’étude',
    dek: 'Une voie réservée sur le pont du Wouri, des stations tous les 800 mètres\u00a0: la communauté urbaine étudie une ligne de bus rapide pour désengorger l’entrée ouest de Douala.',
    bodyMarkdown: `La communauté urbaine de Douala étudie la création d’une ligne de bus express entre Bonabéri et Akwa. Le projet, encore au stade des études, prévoit une voie réservée sur une partie du trajet, y compris sur le pont sur le Wouri.

## Les grandes lignes du projet

- une douzaine de stations, espacées d’environ 800 mètres\u00a0;
- des bus toutes les dix minutes aux heures de pointe\u00a0;
- un ticket unique, payable en espèces ou par téléphone.

À compléter\u00a0: réaction des syndicats de moto-taxis et des transporteurs, calendrier, coût estimé, et avis d’un urbaniste. Relance prévue auprès du service communication de la communauté urbaine.`,
    section: 'societe',
    author: 'aicha-bello',
    tags: ['transport'],
    publishedAt: daysAgo(1, 18),
    status: 'draft',
    hero: null,
  },

  {
    ...published,
    slug: 'cemac-ce-quil-faut-attendre-de-la-conference-economique-de-douala',
    title: 'CEMAC\u00a0: ce qu’il faut attendre de la conférence économique de Douala',
    dek: 'Commerce intra-communautaire, financement des infrastructures, monnaie\u00a0: les enjeux d’une rencontre qui réunira responsables publics et chefs d’entreprise de la sous-région.',
    bodyMarkdown: `Douala accueille cette semaine une conférence économique consacrée à l’intégration de la zone CEMAC. Responsables des administrations, dirigeants d’entreprises, banquiers et représentants des chambres de commerce des six pays membres sont attendus pendant deux jours au Palais des congrès.

## Trois dossiers à suivre

- **Le commerce intra-communautaire**, qui reste faible au regard des échanges avec le reste du monde\u00a0;
- **le financement des infrastructures**, notamment les corridors routiers et ferroviaires entre les capitales\u00a0;
- **le climat des affaires**, avec l’harmonisation des procédures douanières et fiscales.

> «\u00a0Le marché commun existe sur le papier. Notre rôle est de faire en sorte qu’un industriel de Douala puisse vendre à Libreville ou à Bangui aussi facilement qu’à Yaoundé\u00a0», explique Gisèle Ntamack, membre du comité d’organisation.

## Ce qu’en attendent les entreprises

Les organisations patronales espèrent des engagements précis et datés. Plusieurs chefs d’entreprise rencontrés à Douala citent les délais de dédouanement aux frontières terrestres comme leur première difficulté. Nous rendrons compte des travaux et des recommandations de la conférence dans nos prochaines éditions.`,
    section: 'international',
    author: 'brigitte-ngo-mbarga',
    tags: ['cemac', 'diplomatie'],
    publishedAt: daysAgo(-3, 6, 30), // scheduled: three days in the future
    hero: null,
  },
];

const ALAIN = { authorName: 'Alain Fotso', authorEmail: 'alain.fotso@example.com', authorUrl: null };

export const comments: SeedComment[] = [
  // A thread on the seed article, in January 2022.
  {
    key: 'otsc-1',
    article: 'la-situation-au-kazakhstan-a-confirme-la-valeur-militaro-politique-de-lotsc',
    parent: null,
    ...ALAIN,
    body: 'Article intéressant. On parle peu de l’OTSC chez nous, alors que cette organisation vient de montrer qu’elle peut intervenir très vite. Reste à savoir combien de temps les troupes resteront sur place.',
    status: 'approved',
    createdAt: new Date('2022-01-12T13:40:00Z'),
    staffAuthor: null,
  },
  {
    key: 'otsc-2',
    article: 'la-situation-au-kazakhstan-a-confirme-la-valeur-militaro-politique-de-lotsc',
    parent: 'otsc-1',
    authorName: 'Mireille Nkoulou',
    authorEmail: 'mireille.nkoulou@example.com',
    authorUrl: null,
    body: 'D’après les dépêches d’hier, le retrait des contingents doit commencer rapidement maintenant que l’ordre est déclaré rétabli. On verra bien si le calendrier est tenu.',
    status: 'approved',
    createdAt: new Date('2022-01-12T15:05:00Z'),
    staffAuthor: null,
  },
  {
    key: 'otsc-3',
    article: 'la-situation-au-kazakhstan-a-confirme-la-valeur-militaro-politique-de-lotsc',
    parent: 'otsc-1',
    authorName: 'Thierry Kamga',
    authorEmail: 'thierry.kamga@example.com',
    authorUrl: 'https://thierry-kamga.example.com',
    body: 'Ce qui m’interpelle, c’est la rapidité\u00a0: quelques jours seulement entre la demande d’aide et l’arrivée des premières unités. Nos organisations régionales pourraient s’en inspirer pour les crises chez nous.',
    status: 'approved',
    createdAt: new Date('2022-01-12T18:22:00Z'),
    staffAuthor: null,
  },
  {
    key: 'otsc-4',
    article: 'la-situation-au-kazakhstan-a-confirme-la-valeur-militaro-politique-de-lotsc',
    parent: 'otsc-2',
    ...ALAIN,
    body: 'Merci pour la précision, Mireille. La journée de deuil national du 10 janvier montre bien la gravité de ce qui s’est passé là-bas.',
    status: 'approved',
    createdAt: new Date('2022-01-13T07:50:00Z'),
    staffAuthor: null,
  },

  // A reader's question on the featured article, answered by the newsroom.
  {
    key: 'cacao-1',
    article: 'cacao-dans-le-centre-les-planteurs-profitent-dune-campagne-aux-prix-record',
    parent: null,
    authorName: 'Rose Eyenga',
    authorEmail: 'rose.eyenga@example.com',
    authorUrl: null,
    body: 'Bravo pour ce reportage. Mais est-ce que ces prix concernent aussi le Sud-Ouest\u00a0? Chez nous, à Kumba, les acheteurs proposent beaucoup moins.',
    status: 'approved',
    createdAt: daysAgo(1, 9, 40),
    staffAuthor: null,
  },
  {
    key: 'cacao-2',
    article: 'cacao-dans-le-centre-les-planteurs-profitent-dune-campagne-aux-prix-record',
    parent: 'cacao-1',
    authorName: 'Jean-Claude Essomba',
    authorEmail: 'jean-claude.essomba@kiosque.example',
    authorUrl: null,
    body: 'Bonjour Rose, merci pour votre message. Nos relevés portent sur le département de la Lékié. Les écarts entre bassins de production sont réels\u00a0: nous préparons un point sur les prix dans le Sud-Ouest et le Littoral.',
    status: 'approved',
    createdAt: daysAgo(1, 12, 5),
    staffAuthor: 'jean-claude-essomba',
  },

  {
    key: 'lycees-1',
    article: 'football-scolaire-64-lycees-engages-dans-le-tournoi-de-douala',
    parent: null,
    authorName: 'Ibrahim Moussa',
    authorEmail: 'ibrahim.moussa@example.com',
    authorUrl: null,
    body: 'Enfin\u00a0! Ce tournoi a révélé beaucoup de joueurs à l’époque. Très bonne idée d’avoir ajouté un tournoi féminin, j’irai voir les matches de Bonabéri.',
    status: 'approved',
    createdAt: daysAgo(2, 19, 10),
    staffAuthor: null,
  },
  {
    key: 'corridor-1',
    article: 'kazakhstan-le-corridor-transcaspien-nouvelle-route-des-marchandises',
    parent: null,
    authorName: 'Nadège Biyong',
    authorEmail: 'nadege.biyong@example.com',
    authorUrl: null,
    body: 'Merci pour cet éclairage. Je travaille dans le transit au port de Douala et on suit ces nouvelles routes de près, même si elles semblent loin de nous.',
    status: 'approved',
    createdAt: daysAgo(2, 8, 25),
    staffAuthor: null,
  },
  {
    key: 'palu-1',
    article: 'paludisme-une-campagne-de-distribution-de-moustiquaires-dans-lextreme-nord',
    parent: null,
    authorName: 'Clarisse Manga',
    authorEmail: 'clarisse.manga@example.com',
    authorUrl: null,
    body: 'Les agents sont passés dans notre quartier à Maroua hier. Ils ont pris le temps d’expliquer comment installer la moustiquaire, c’est appréciable.',
    status: 'approved',
    createdAt: daysAgo(4, 20),
    staffAuthor: null,
  },
  {
    key: 'rentree-1',
    article: 'rentree-scolaire-a-douala-les-ecoles-publiques-face-aux-classes-surchargees',
    parent: null,
    authorName: 'Gaston Etoa',
    authorEmail: 'gaston.etoa@example.com',
    authorUrl: null,
    body: 'Enseignant depuis vingt ans, je me reconnais dans ce reportage. Le système de mi-temps aide, mais les programmes, eux, ne sont pas allégés.',
    status: 'approved',
    createdAt: daysAgo(5, 21, 15),
    staffAuthor: null,
  },
  // Waiting in the moderation queue (the road article is moderated).
  {
    key: 'route-1',
    article: 'route-nationale-n-3-la-rehabilitation-du-troncon-dedea-perturbe-la-circulation',
    parent: null,
    authorName: 'Samuel Tchoupo',
    authorEmail: 'samuel.tchoupo@example.com',
    authorUrl: null,
    body: 'Six heures pour faire Douala-Yaoundé hier soir\u00a0! Il faudrait au moins des agents pour régler la circulation la nuit, les camions font ce qu’ils veulent.',
    status: 'pending',
    createdAt: daysAgo(1, 20, 30),
    staffAuthor: null,
  },
];
