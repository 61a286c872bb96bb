/**
 * Fictional mini-stage offers (issue 11, part 5) for the demo network and for scale tests: each
 * offer belongs to a company profile of the generated network (type « Entreprise ou structure »)
 * and takes place in its commune. Periods are school weeks of the 2026–2027 year, all after the
 * demo's day (2026-12-02), so that none is expired in the demo. Validated with the real schema;
 * the same seed gives the same files.
 */
import { offerSchema, type OfferData } from '../offers.ts';
import { seededRandom } from '../random.ts';
import type { AmbassadorData } from '../schemas.ts';
import { slugify } from '../slug.ts';
import type { AgreementIssuer, OfferPublic, Sector } from '../vocabularies.ts';

export interface GeneratedOffer {
  /** File name in the offers folder: `<slug>.yaml`. */
  path: string;
  data: OfferData;
}

interface OfferTemplate {
  sector: Sector;
  /** Companies whose activity (their profile's « métier ») this offer fits best. */
  match?: RegExp;
  title: string;
  jobTitle: string;
  durationDays: 3 | 4 | 5;
  places: number;
  publics: OfferPublic[];
  agreements: AgreementIssuer[];
  conditions?: string;
  description: string;
}

/** Hand-written offers, one or more per sector; a company gets those of its sector first. */
export const OFFER_TEMPLATES: readonly OfferTemplate[] = [
  {
    sector: 'A',
    title: 'Une semaine à la ferme maraîchère',
    jobTitle: 'Maraîcher ou maraîchère',
    durationDays: 5,
    places: 2,
    publics: ['middle_school', 'high_school'],
    agreements: ['school', 'agriculture'],
    conditions: 'Bottes et vêtements de pluie à prévoir ; les gants sont fournis.',
    description:
      'Semis sous serre, récolte, préparation des paniers et vente au marché du samedi matin : l’élève suit l’équipe sur toute la chaîne, du champ au client.\n\nUne demi-journée est consacrée à la conduite du tracteur, vue depuis le bord du champ.',
  },
  {
    sector: 'C',
    title: 'Découvrir les métiers de l’agence bancaire',
    jobTitle: 'Conseiller ou conseillère clientèle',
    durationDays: 3,
    places: 1,
    publics: ['high_school', 'higher_education'],
    agreements: ['school'],
    description:
      'Accueil des clients, préparation d’un rendez-vous, découverte du back-office et des métiers du siège régional : trois jours pour voir ce que fait une banque de proximité au quotidien.',
  },
  {
    sector: 'D',
    title: 'Trois jours dans les coulisses d’un supermarché',
    jobTitle: 'Employé ou employée de commerce',
    durationDays: 3,
    places: 3,
    publics: ['middle_school'],
    agreements: ['school', 'cci'],
    conditions: 'Horaires de 8 h à 16 h ; une tenue de l’enseigne est prêtée.',
    description:
      'Réception des livraisons, mise en rayon, étiquetage des prix et tenue de la caisse aux côtés d’une hôtesse : l’élève découvre la logistique d’un magasin et le contact avec la clientèle.',
  },
  {
    sector: 'F',
    title: 'Sur le chantier avec l’équipe de maçonnerie',
    match: /bâtiment/i,
    jobTitle: 'Maçon ou maçonne',
    durationDays: 5,
    places: 2,
    publics: ['middle_school', 'high_school'],
    agreements: ['school', 'cma'],
    conditions: 'Chaussures de sécurité et casque fournis ; l’élève n’utilise aucune machine.',
    description:
      'Lecture d’un plan, implantation d’un mur, préparation du mortier et montage de parpaings sous la conduite du chef d’équipe.\n\nLe vendredi, visite d’un second chantier pour découvrir les métiers du second œuvre.',
  },
  {
    sector: 'F',
    title: 'Découverte du bureau d’études en travaux publics',
    jobTitle: 'Technicien ou technicienne en bureau d’études',
    durationDays: 4,
    places: 2,
    publics: ['high_school', 'higher_education'],
    agreements: ['school'],
    description:
      'Relevés sur le terrain, métrés, dessin assisté par ordinateur et réunion de chantier : l’élève voit comment se prépare une route ou un réseau avant l’arrivée des engins.',
  },
  {
    sector: 'G',
    title: 'En cuisine et en salle au restaurant',
    jobTitle: 'Cuisinier ou cuisinière',
    durationDays: 5,
    places: 2,
    publics: ['middle_school', 'high_school'],
    agreements: ['school', 'cma', 'cci'],
    conditions: 'Tenue de cuisine prêtée ; le service du midi finit vers 15 h.',
    description:
      'Mise en place, préparation des entrées et des desserts, dressage des assiettes et découverte du service en salle : l’élève vit une semaine de brigade aux côtés du chef.',
  },
  {
    sector: 'G',
    title: 'Les métiers de l’hôtellerie, de l’accueil aux étages',
    jobTitle: 'Réceptionniste',
    durationDays: 3,
    places: 2,
    publics: ['high_school'],
    agreements: ['school', 'cci'],
    description:
      'Accueil des clients, réservations, préparation des chambres avec la gouvernante et découverte de la cuisine du petit-déjeuner : trois jours pour parcourir un hôtel de 60 chambres.',
  },
  {
    sector: 'H',
    title: 'Une semaine dans un atelier de production industrielle',
    jobTitle: 'Opérateur ou opératrice de production',
    durationDays: 5,
    places: 4,
    publics: ['middle_school', 'high_school'],
    agreements: ['school', 'cci'],
    conditions: 'Équipements de protection fournis ; l’élève observe les machines sans les conduire.',
    description:
      'Réglage d’une ligne, contrôle qualité, maintenance de premier niveau et logistique interne : l’élève suit tour à tour un opérateur, une technicienne qualité et le responsable d’atelier.',
  },
  {
    sector: 'H',
    title: 'Découvrir la soudure et la chaudronnerie',
    jobTitle: 'Soudeur ou soudeuse',
    durationDays: 4,
    places: 2,
    publics: ['high_school'],
    agreements: ['school', 'cma'],
    conditions: 'Lunettes, gants et tablier fournis ; un essai encadré sur simulateur de soudage.',
    description:
      'Lecture de plans, découpe, pliage et assemblage de pièces métalliques ; l’élève découvre les procédés de soudage et s’essaie au simulateur avec un tuteur.',
  },
  {
    sector: 'I',
    title: 'Au côté des techniciens de maintenance',
    match: /maintenance/i,
    jobTitle: 'Technicien ou technicienne de maintenance',
    durationDays: 3,
    places: 2,
    publics: ['high_school', 'higher_education'],
    agreements: ['school'],
    description:
      'Diagnostic d’une panne, remplacement d’une pièce, maintenance préventive et suivi sur la tablette de l’équipe : trois jours d’interventions chez les clients de l’entreprise.',
  },
  {
    sector: 'J',
    title: 'Découvrir les métiers du soin en établissement',
    match: /santé|soins/i,
    jobTitle: 'Aide-soignant ou aide-soignante',
    durationDays: 3,
    places: 2,
    publics: ['high_school', 'higher_education'],
    agreements: ['school'],
    conditions: 'À partir de 15 ans ; une blouse est prêtée et le secret professionnel expliqué le premier jour.',
    description:
      'Accueil des résidents, repas, animations et transmissions entre équipes : l’élève découvre l’organisation d’un établissement de soins sans réaliser aucun soin lui-même.',
  },
  {
    sector: 'K',
    title: 'Une semaine dans les services d’une collectivité',
    jobTitle: 'Agent ou agente de la fonction publique territoriale',
    durationDays: 5,
    places: 3,
    publics: ['middle_school', 'high_school'],
    agreements: ['school'],
    description:
      'État civil, services techniques, espaces verts et médiathèque : chaque jour un service différent pour découvrir les métiers qui font vivre une commune.',
  },
  {
    sector: 'M',
    title: 'Les coulisses d’un service comptable et paie',
    jobTitle: 'Comptable',
    durationDays: 3,
    places: 1,
    publics: ['high_school', 'higher_education'],
    agreements: ['school', 'cci'],
    description:
      'Saisie de factures, rapprochement bancaire, préparation de la paie et échange avec un client : l’élève découvre un cabinet et les logiciels qu’il utilise au quotidien.',
  },
  {
    sector: 'M',
    title: 'Découvrir le développement informatique en équipe',
    match: /numérique|informatique/i,
    jobTitle: 'Développeur ou développeuse',
    durationDays: 5,
    places: 2,
    publics: ['middle_school', 'high_school', 'higher_education'],
    agreements: ['school'],
    description:
      'Réunion d’équipe du matin, écriture d’un petit programme avec un développeur, tests et mise en ligne : l’élève voit comment naît une application, de l’idée à l’écran.',
  },
  {
    sector: 'N',
    title: 'Trois jours sur une plateforme logistique',
    match: /logistique|entreposage/i,
    jobTitle: 'Préparateur ou préparatrice de commandes',
    durationDays: 3,
    places: 3,
    publics: ['high_school'],
    agreements: ['school', 'cci'],
    conditions: 'Chaussures de sécurité fournies ; gilet haute visibilité obligatoire.',
    description:
      'Réception des camions, préparation des commandes, chargement et pilotage des flux depuis le bureau d’exploitation : l’élève suit un colis de son arrivée à son départ.',
  },
  {
    sector: 'N',
    title: 'Découvrir le transport routier de marchandises',
    match: /transport routier/i,
    jobTitle: 'Conducteur ou conductrice routier',
    durationDays: 4,
    places: 1,
    publics: ['high_school'],
    agreements: ['school', 'cci'],
    description:
      'Préparation d’une tournée, vérifications avant départ, accompagnement d’un conducteur sur une livraison régionale et découverte de l’atelier d’entretien des camions.',
  },
  {
    sector: 'D',
    match: /boulangerie/i,
    title: 'Au fournil, de la pâte au pain',
    jobTitle: 'Boulanger ou boulangère',
    durationDays: 3,
    places: 1,
    publics: ['middle_school', 'high_school'],
    agreements: ['school', 'cma'],
    conditions: 'Début à 6 h les jours de stage (jamais avant, l’élève étant mineur) ; tablier et charlotte fournis.',
    description:
      'Pétrissage, façonnage, cuisson et viennoiseries : l’élève suit un boulanger du fournil central, puis découvre la préparation des commandes pour les magasins.',
  },
  {
    sector: 'D',
    match: /boulangerie/i,
    title: 'Conseil et vente en boulangerie-pâtisserie',
    jobTitle: 'Vendeur ou vendeuse en boulangerie',
    durationDays: 4,
    places: 2,
    publics: ['middle_school', 'high_school'],
    agreements: ['school', 'cma'],
    description:
      'Mise en place de la vitrine, conseil aux clients, encaissement et règles d’hygiène : l’élève passe quatre jours dans l’un de nos magasins aux côtés de la responsable.',
  },
  {
    sector: 'H',
    match: /mareyage|produits de la mer/i,
    title: 'Du quai à l’étal : découvrir le mareyage',
    jobTitle: 'Mareyeur ou mareyeuse',
    durationDays: 3,
    places: 2,
    publics: ['high_school'],
    agreements: ['school', 'cci'],
    conditions: 'Bottes, blouse et charlotte fournies ; les ateliers sont à 4 °C, prévoir des vêtements chauds.',
    description:
      'Arrivée des bateaux, tri et pesée, filetage et conditionnement, préparation des expéditions vers les poissonneries : trois jours au rythme de la criée.',
  },
  {
    sector: 'H',
    match: /sucri/i,
    title: 'Une semaine à la sucrerie pendant la campagne',
    jobTitle: 'Conducteur ou conductrice de ligne de production',
    durationDays: 5,
    places: 3,
    publics: ['high_school', 'higher_education'],
    agreements: ['school', 'agriculture'],
    conditions: 'Casque, chaussures et gilet fournis ; l’élève reste avec son tuteur dans la salle de contrôle et les ateliers.',
    description:
      'Réception des betteraves, lavage, diffusion, évaporation et cristallisation : l’élève suit la transformation depuis la salle de contrôle et découvre le laboratoire qualité.',
  },
  {
    sector: 'K',
    match: /insertion/i,
    title: 'Découvrir l’encadrement d’un chantier d’insertion',
    jobTitle: 'Encadrant ou encadrante technique d’insertion',
    durationDays: 3,
    places: 2,
    publics: ['high_school', 'higher_education'],
    agreements: ['school'],
    description:
      'Organisation d’un chantier d’espaces verts, accompagnement des salariés en parcours, atelier de recyclage et point avec la conseillère en insertion : trois jours pour découvrir un métier entre technique et social.',
  },
  {
    sector: 'F',
    match: /menuiserie/i,
    title: 'À l’atelier de menuiserie, du plan à la pose',
    jobTitle: 'Menuisier ou menuisière',
    durationDays: 5,
    places: 2,
    publics: ['middle_school', 'high_school'],
    agreements: ['school', 'cma'],
    conditions: 'Chaussures de sécurité, lunettes et protections auditives fournies ; l’élève ne conduit aucune machine.',
    description:
      'Prise de cotes chez un client, débit et usinage à l’atelier, assemblage et finition, puis pose d’une fenêtre sur chantier avec l’équipe.',
  },
  {
    sector: 'I',
    match: /aéronautique/i,
    title: 'Découvrir la maintenance aéronautique',
    jobTitle: 'Mécanicien ou mécanicienne aéronautique',
    durationDays: 4,
    places: 2,
    publics: ['high_school', 'higher_education'],
    agreements: ['school'],
    conditions: 'Pièce d’identité demandée pour l’accès à la zone technique ; protections auditives fournies.',
    description:
      'Visite d’entretien d’un avion, lecture de la documentation technique, contrôle de pièces à l’atelier et traçabilité : l’élève observe le travail des mécaniciens sans intervenir sur l’appareil.',
  },
  {
    sector: 'J',
    match: /santé|soins/i,
    title: 'Les métiers du bloc opératoire et de la stérilisation',
    jobTitle: 'Agent ou agente de stérilisation',
    durationDays: 3,
    places: 1,
    publics: ['high_school', 'higher_education'],
    agreements: ['school'],
    conditions: 'À partir de 16 ans ; tenue fournie, vaccinations à jour demandées.',
    description:
      'Circuit des instruments, lavage, contrôle, conditionnement et stérilisation, puis découverte de l’organisation du bloc avec un infirmier : trois jours au cœur de la sécurité des soins.',
  },
];

/** School weeks of the 2026–2027 year (Monday to Friday), all after the demo's day, 2026-12-02. */
const SCHOOL_WEEKS: readonly [string, string][] = [
  ['2026-12-07', '2026-12-11'],
  ['2026-12-14', '2026-12-18'],
  ['2027-01-11', '2027-01-15'],
  ['2027-01-25', '2027-01-29'],
  ['2027-02-01', '2027-02-05'],
  ['2027-03-08', '2027-03-12'],
  ['2027-03-22', '2027-03-26'],
  ['2027-04-26', '2027-04-30'],
  ['2027-05-17', '2027-05-21'],
  ['2027-06-14', '2027-06-18'],
  ['2027-06-21', '2027-06-25'],
];

export interface OfferOptions {
  /** The company profiles that publish offers: their content id (`59/<slug>`) and data. */
  companies: readonly { id: string; data: Pick<AmbassadorData, 'type' | 'sector' | 'homeCommune'> & { jobTitle?: string } }[];
  count: number;
  seed: number;
}

/** `count` offers spread over the companies in turn, each fitting the company (see below). */
export function generateOffers({ companies, count, seed }: OfferOptions): GeneratedOffer[] {
  const owners = companies.filter((c) => c.data.type === 'company');
  if (owners.length === 0) return [];
  const random = seededRandom(seed);
  const used = new Set<string>();
  const offers: GeneratedOffer[] = [];
  for (let i = 0; i < count; i++) {
    // Companies in turn; each one's k-th offer is its k-th best-fitting template: the ones made for
    // its activity, then those of its sector, then any.
    const company = owners[i % owners.length]!;
    const k = Math.floor(i / owners.length);
    const activity = company.data.jobTitle ?? '';
    const fits = [
      ...OFFER_TEMPLATES.filter((t) => t.match?.test(activity)),
      ...OFFER_TEMPLATES.filter((t) => t.sector === company.data.sector && !t.match?.test(activity)),
    ];
    const candidates = fits.length > 0 ? fits : OFFER_TEMPLATES;
    const { match: _match, ...template } = candidates[k % candidates.length]!;
    const first = random.int(SCHOOL_WEEKS.length);
    // Two offers in five propose several weeks of the year.
    const weeks = random.chance(0.4) ? [first, (first + 2 + random.int(4)) % SCHOOL_WEEKS.length] : [first];
    const periods = [...new Set(weeks)].sort((a, b) => a - b).map((w) => ({ start: SCHOOL_WEEKS[w]![0], end: SCHOOL_WEEKS[w]![1] }));
    const data = offerSchema.parse({
      ...template,
      company: company.id,
      periods,
      commune: company.data.homeCommune,
    });
    // The title alone; the company's first words when two companies share a title, then a number.
    const title = slugify(template.title);
    const base = used.has(`${title}.yaml`) ? `${title}-${company.id.split('/')[1]!.split('-').slice(0, 2).join('-')}` : title;
    let path = `${base}.yaml`;
    for (let n = 2; used.has(path); n++) path = `${base}-${n}.yaml`;
    used.add(path);
    offers.push({ path, data });
  }
  return offers;
}
