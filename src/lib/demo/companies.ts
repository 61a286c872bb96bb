import type { Intervention, Public, Sector, SizeBand } from '../vocabularies';

/**
 * Companies and structures of the demo network (issue 11): two per département, legal persons
 * that are ambassadors themselves. Every name is invented; every SIRET is built from thirteen
 * invented digits and completed with its Luhn key (see `withSiretKey`), so it passes the check
 * without being looked up in Sirene: any match with a real establishment would be chance.
 */
export interface CompanyEntry {
  department: string;
  /** Home commune (INSEE code), one of the demo communes of its département. */
  homeCommune: string;
  displayName: string;
  /** The activity, shown where a person's profile shows the job. */
  jobTitle: string;
  sector: Sector;
  sizeBand: SizeBand;
  /** Thirteen invented digits; the fourteenth, the key, is computed. */
  siretBase: string;
  presentation: string;
  careerPath: string;
  interventions: Intervention[];
  publics: Public[];
}

export const COMPANIES: CompanyEntry[] = [
  {
    department: '59',
    homeCommune: '59350',
    displayName: 'Numérique Lys & Deûle',
    jobTitle: 'Entreprise de services numériques : développement web, données, cybersécurité',
    sector: 'M',
    sizeBand: 'medium',
    siretBase: '9120045870001',
    presentation:
      'Nous sommes une entreprise lilloise de cent vingt personnes qui conçoit des sites, des applications et des outils de données pour des collectivités et des PME. Nous ouvrons nos bureaux aux classes et envoyons nos développeuses et développeurs témoigner dans les collèges.',
    careerPath:
      'Créée en 2009 par deux anciens étudiants de Villeneuve-d’Ascq, l’entreprise a grandi avec l’alternance : un tiers de nos équipes y a commencé. Nous accueillons chaque année des stagiaires de troisième et des apprentis du BTS au master.',
    interventions: ['classroom_talk', 'company_visit', 'discovery_internship', 'forum'],
    publics: ['middle_school', 'high_school', 'students', 'educational_teams'],
  },
  {
    department: '59',
    homeCommune: '59183',
    displayName: 'Logistique Flandres & Ports',
    jobTitle: 'Logistique portuaire, entreposage et transport routier',
    sector: 'N',
    sizeBand: 'intermediate',
    siretBase: '9230178450002',
    presentation:
      'Entrepôts, quais et camions : nous faisons circuler les marchandises entre le port de Dunkerque et toute l’Europe. Caristes, préparateurs, conducteurs, exploitants, mécaniciens : nous présentons nos métiers sur site, avec une visite des entrepôts en tenue de sécurité.',
    careerPath:
      'Née de la fusion de deux transporteurs familiaux du Dunkerquois, l’entreprise compte aujourd’hui trois plateformes. Nous formons nous-mêmes une partie de nos caristes et conducteurs, avec des contrats de professionnalisation ouverts aux personnes en reconversion.',
    interventions: ['company_visit', 'forum', 'discovery_internship'],
    publics: ['high_school', 'young_neet', 'job_seekers', 'adults_retraining'],
  },
  {
    department: '62',
    homeCommune: '62041',
    displayName: 'Boulangeries Artésiennes 1905',
    jobTitle: 'Boulangerie-pâtisserie artisanale, cinq magasins',
    sector: 'D',
    sizeBand: 'small',
    siretBase: '9340211090003',
    presentation:
      'Boulangers, pâtissiers, vendeuses et vendeurs : nos équipes travaillent dans cinq magasins autour d’Arras. Nous accueillons des élèves au fournil tôt le matin et venons parler de l’apprentissage, qui reste notre première voie de recrutement.',
    careerPath:
      'La première boutique a ouvert en 1905 place des Héros ; la famille l’a transmise sur quatre générations avant d’ouvrir d’autres magasins. Chaque année, nous formons une dizaine d’apprentis en CAP et en brevet professionnel.',
    interventions: ['company_visit', 'discovery_internship', 'classroom_talk'],
    publics: ['middle_school', 'apprentices', 'parents'],
  },
  {
    department: '62',
    homeCommune: '62160',
    displayName: 'Marée de la Côte d’Opale',
    jobTitle: 'Mareyage et transformation des produits de la mer',
    sector: 'H',
    sizeBand: 'medium',
    siretBase: '9450390120004',
    presentation:
      'Nous achetons le poisson à la criée de Boulogne-sur-Mer, le filetons et l’expédions en France et en Europe. Fileteurs, opérateurs de production, responsables qualité et commerciaux présentent ensemble un métier de précision, exigeant sur l’hygiène.',
    careerPath:
      'Entreprise familiale reprise par ses salariés en 2015, nous avons modernisé nos ateliers tout en gardant le filetage à la main. Nous formons nos fileteurs en interne et travaillons avec le lycée maritime pour les stages.',
    interventions: ['company_visit', 'forum', 'classroom_talk'],
    publics: ['middle_school', 'high_school', 'job_seekers'],
  },
  {
    department: '80',
    homeCommune: '80021',
    displayName: 'Clinique mutualiste du Val de Somme',
    jobTitle: 'Établissement de santé : chirurgie, médecine, soins de suite',
    sector: 'J',
    sizeBand: 'intermediate',
    siretBase: '9560517380005',
    presentation:
      'Infirmières, aides-soignants, brancardiers, techniciens de laboratoire, cuisiniers, agents d’entretien : plus de quarante métiers font tourner une clinique. Nos équipes viennent en parler dans les lycées et reçoivent des groupes pour des visites des services techniques.',
    careerPath:
      'La clinique est gérée par une mutuelle depuis sa fondation, il y a soixante ans. Nous accueillons des étudiants en soins infirmiers et des apprentis aides-soignants, et finançons chaque année des promotions professionnelles internes.',
    interventions: ['classroom_talk', 'forum', 'company_visit', 'remote_exchange'],
    publics: ['high_school', 'students', 'adults_retraining', 'educational_teams'],
  },
  {
    department: '80',
    homeCommune: '80001',
    displayName: 'Menuiseries du Ponthieu',
    jobTitle: 'Menuiserie bois et aluminium, fabrication et pose',
    sector: 'F',
    sizeBand: 'small',
    siretBase: '9670634510006',
    presentation:
      'Nous fabriquons fenêtres, portes et escaliers dans notre atelier d’Abbeville et les posons chez les particuliers comme sur les chantiers publics. Nous montrons les machines à commande numérique autant que le travail à la main.',
    careerPath:
      'Fondée par un compagnon menuisier en 1982, l’entreprise compte aujourd’hui trente-cinq salariés, dont la moitié est passée par l’apprentissage chez nous. Nous recrutons aussi des personnes en reconversion, formées en binôme.',
    interventions: ['company_visit', 'discovery_internship', 'forum'],
    publics: ['middle_school', 'apprentices', 'job_seekers', 'adults_retraining'],
  },
  {
    department: '02',
    homeCommune: '02691',
    displayName: 'Sucrerie coopérative du Vermandois',
    jobTitle: 'Industrie sucrière : transformation de la betterave',
    sector: 'H',
    sizeBand: 'intermediate',
    siretBase: '9780751640007',
    presentation:
      'De septembre à janvier, notre usine transforme chaque jour des milliers de tonnes de betteraves en sucre et en alcool. Conducteurs de ligne, électrotechniciens, chimistes et logisticiens présentent l’industrie telle qu’elle est : automatisée, sûre et en recrutement.',
    careerPath:
      'Coopérative fondée par des planteurs de l’Aisne, la sucrerie appartient toujours à ses agriculteurs adhérents. Nous embauchons chaque campagne des saisonniers, dont beaucoup restent ensuite en contrat permanent après une formation.',
    interventions: ['company_visit', 'classroom_talk', 'forum'],
    publics: ['high_school', 'apprentices', 'job_seekers'],
  },
  {
    department: '02',
    homeCommune: '02408',
    displayName: 'Association Emploi Solidaire du Laonnois',
    jobTitle: 'Structure d’insertion par l’activité économique : espaces verts, entretien, recyclage',
    sector: 'K',
    sizeBand: 'small',
    siretBase: '9890878770008',
    presentation:
      'Nous employons et accompagnons des personnes éloignées de l’emploi sur des chantiers d’espaces verts, d’entretien de locaux et de tri. Nos encadrants techniques et nos conseillères en insertion présentent ces métiers et le parcours qui mène à un emploi durable.',
    careerPath:
      'L’association est née en 1994 d’un collectif d’habitants et d’élus du Laonnois. Elle a accompagné plus de deux mille salariés en insertion ; la plupart ont trouvé ensuite un emploi ou une formation qualifiante.',
    interventions: ['classroom_talk', 'individual_testimony', 'company_visit'],
    publics: ['young_neet', 'job_seekers', 'adults_retraining'],
  },
  {
    department: '60',
    homeCommune: '60057',
    displayName: 'Aéro Maintenance Beauvaisis',
    jobTitle: 'Maintenance aéronautique et entretien d’équipements industriels',
    sector: 'I',
    sizeBand: 'medium',
    siretBase: '9901095900009',
    presentation:
      'Près de l’aéroport de Beauvais, nos techniciens entretiennent des avions légers, des moteurs et des équipements industriels. Nous faisons découvrir l’atelier aux lycéens et expliquons les diplômes qui y mènent, du bac pro à la licence.',
    careerPath:
      'L’entreprise a commencé avec quatre mécaniciens en 1998. Elle travaille désormais pour des aéroclubs, des compagnies et des industriels de l’Oise, et forme chaque année des apprentis avec le centre de formation aéronautique voisin.',
    interventions: ['company_visit', 'classroom_talk', 'discovery_internship', 'remote_exchange'],
    publics: ['middle_school', 'high_school', 'apprentices', 'students'],
  },
  {
    department: '60',
    homeCommune: '60159',
    displayName: 'Fédération du bâtiment de l’Oise',
    jobTitle: 'Organisation professionnelle des entreprises du bâtiment',
    sector: 'F',
    sizeBand: 'micro',
    siretBase: '9012312130010',
    presentation:
      'Nous fédérons les entreprises du bâtiment du département, de l’artisan à l’entreprise générale. Nous organisons des forums, des visites de chantiers et mettons les établissements en relation avec des chefs d’entreprise et des compagnons prêts à témoigner.',
    careerPath:
      'La fédération départementale existe depuis l’après-guerre. Son équipe de six personnes anime la promotion des métiers avec les collèges, les CFA et les missions locales, et relaie chaque année des centaines d’offres d’apprentissage.',
    interventions: ['forum', 'company_visit', 'classroom_talk', 'individual_testimony'],
    publics: ['middle_school', 'high_school', 'parents', 'educational_teams'],
  },
];
