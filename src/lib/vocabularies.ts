/**
 * Every vocabulary of the platform, once, with its French labels.
 * The zod enums, the CMS select options and the directory filters are all built
 * from these constants so that they cannot drift apart.
 */

export type Vocabulary = Readonly<Record<string, string>>;

/** Codes of a vocabulary as a non-empty tuple, the shape `z.enum` expects. */
export function codesOf<V extends Vocabulary>(vocabulary: V): [keyof V & string, ...(keyof V & string)[]] {
  return Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
}

/** `[{ value, label }]`, the shape of Decap select options and of filter lists. */
export function optionsOf(vocabulary: Vocabulary): { value: string; label: string }[] {
  return Object.entries(vocabulary).map(([value, label]) => ({ value, label }));
}

export const AMBASSADOR_TYPES = {
  professional: 'Professionnel ou professionnelle',
  student_apprentice: 'Lycéen, étudiant ou apprenti',
  training_organisation: 'Organisme de formation',
  vae: 'Personne en VAE',
  /** A legal person (Orient'Est: a company, a branch, a federation; Normandie: the companies of the charter), issue 11. */
  company: 'Entreprise ou structure',
} as const;
export type AmbassadorType = keyof typeof AMBASSADOR_TYPES;

/**
 * Size band of a company or structure ambassador: INSEE's categories of enterprises by headcount
 * (micro, PME, ETI, grande entreprise), enough for the figures without asking for an exact headcount.
 */
export const SIZE_BANDS = {
  micro: 'Moins de 10 salariés',
  small: '10 à 49 salariés',
  medium: '50 à 249 salariés',
  intermediate: '250 à 4 999 salariés',
  large: '5 000 salariés ou plus',
} as const;
export type SizeBand = keyof typeof SIZE_BANDS;

/** Who a mini-stage offer is for (Normandie's offers are for pupils; issue 11 names collège, lycée, supérieur). */
export const OFFER_PUBLICS = {
  middle_school: 'Collégiens',
  high_school: 'Lycéens',
  higher_education: 'Étudiants du supérieur',
} as const;
export type OfferPublic = keyof typeof OFFER_PUBLICS;

/**
 * Who signs the agreement (convention) under which a pupil does a mini-stage: the school, or a
 * chamber (Normandie's Fabrique des compétences works with the chambers of commerce, of trades and
 * of agriculture). An offer lists those it accepts; an application names one.
 */
export const AGREEMENT_ISSUERS = {
  school: 'L’établissement scolaire de l’élève',
  cci: 'La chambre de commerce et d’industrie (CCI)',
  cma: 'La chambre de métiers et de l’artisanat (CMA)',
  agriculture: 'La chambre d’agriculture',
} as const;
export type AgreementIssuer = keyof typeof AGREEMENT_ISSUERS;

/** The 14 domains of the ROME (Répertoire opérationnel des métiers et des emplois), A to N. */
export const SECTORS = {
  A: 'Agriculture et pêche, espaces naturels et espaces verts, soins aux animaux',
  B: "Arts et façonnage d'ouvrages d'art",
  C: 'Banque, assurance, immobilier',
  D: 'Commerce, vente et grande distribution',
  E: 'Communication, média et multimédia',
  F: 'Construction, bâtiment et travaux publics',
  G: 'Hôtellerie-restauration, tourisme, loisirs et animation',
  H: 'Industrie',
  I: 'Installation et maintenance',
  J: 'Santé',
  K: 'Services à la personne et à la collectivité',
  L: 'Spectacle',
  M: "Support à l'entreprise",
  N: 'Transport et logistique',
} as const;
export type Sector = keyof typeof SECTORS;

export const INTERVENTIONS = {
  classroom_talk: 'Intervention en classe',
  forum: 'Forum / salon',
  company_visit: "Visite d'entreprise",
  discovery_internship: 'Stage de découverte',
  individual_testimony: 'Témoignage individuel',
  remote_exchange: 'Échange à distance',
} as const;
export type Intervention = keyof typeof INTERVENTIONS;

/**
 * Transversal themes an ambassador may speak of rather than a job (issue 11, part 2). Each value
 * is one the seed networks name; the issue's other examples (apprentissage, mobilité
 * internationale) are named by no seed, so they are not here.
 */
export const THEMES = {
  /** Orient'Est names « mixité des métiers ». */
  job_gender_mix: 'Mixité des métiers',
  /** Orient'Est names « égalité femmes-hommes ». */
  gender_equality: 'Égalité femmes-hommes',
  /** Orient'Est names « handicap » (the theme as the network speaks of it: disability and work). */
  disability_employment: 'Handicap et emploi',
  /** Orient'Est names « création d'activité ». */
  business_creation: 'Création d’activité',
} as const;
export type Theme = keyof typeof THEMES;

export const PUBLICS = {
  middle_school: 'Collégiens',
  high_school: 'Lycéens',
  apprentices: 'Apprentis',
  students: 'Étudiants',
  young_neet: 'Jeunes sans solution',
  job_seekers: "Demandeurs d'emploi",
  adults_retraining: 'Adultes en reconversion',
  parents: 'Parents',
  educational_teams: 'Équipes éducatives',
} as const;
export type Public = keyof typeof PUBLICS;

export const MODALITIES = {
  in_person: 'Présentiel',
  remote: 'Distanciel',
} as const;
export type Modality = keyof typeof MODALITIES;

/** Who asks for an intervention (brief F5). */
export const REQUESTER_KINDS = {
  school: 'Établissement scolaire',
  structure: 'Structure d’accompagnement (CIO, mission locale, association…)',
  individual: 'Particulier (15 ans ou plus)',
} as const;
export type RequesterKind = keyof typeof REQUESTER_KINDS;

/**
 * The level of the group a request is for, as French education names it (figures count group
 * requests by public and level, so a code survives anonymisation where free text would not).
 */
export const LEVELS = {
  college_6_5: 'Collège : 6e ou 5e',
  college_4_3: 'Collège : 4e ou 3e',
  lycee_seconde: 'Lycée général ou technologique : seconde',
  lycee_premiere_terminale: 'Lycée général ou technologique : première ou terminale',
  voie_pro_cap_bac_pro: 'Voie professionnelle : CAP ou bac pro',
  post_bac_bts_but: 'BTS ou BUT',
  licence: 'Licence ou classe préparatoire',
  master_plus: 'Master, école d’ingénieurs ou de commerce, doctorat',
  other: 'Autre niveau, ou plusieurs niveaux mêlés',
} as const;
export type Level = keyof typeof LEVELS;

/** An individual requester's situation (the Basse-Normandie evaluation table's columns). */
export const SITUATIONS = {
  pupil: 'Scolaire (collège ou lycée)',
  apprentice: 'Apprenti ou apprentie',
  higher_education_student: 'Étudiant ou étudiante du supérieur',
  job_seeker: 'Demandeur ou demandeuse d’emploi',
  employed: 'En emploi',
  other: 'Autre situation',
} as const;
export type Situation = keyof typeof SITUATIONS;

/** An individual requester's declared sex, optional; the codes are the database's (requests.requester_sex). */
export const SEXES = {
  female: 'Femme',
  male: 'Homme',
  undisclosed: 'Ne souhaite pas répondre',
} as const;
export type Sex = keyof typeof SEXES;

/** The age brackets an individual requester's age is kept as (never the age itself); codes as in requests.requester_age_bracket. */
export const AGE_BRACKETS = {
  under_16: 'Moins de 16 ans',
  '16_17': '16 à 17 ans',
  '18_25': '18 à 25 ans',
  '26_50': '26 à 50 ans',
  over_50: 'Plus de 50 ans',
} as const;
export type AgeBracket = keyof typeof AGE_BRACKETS;

/** How an ambassador states where they intervene (issue 11): Orient'Est asks for all four. */
export const ZONE_KINDS = {
  departments: 'Un ou plusieurs départements',
  region: 'Toute la Région',
  commune_radius: 'Une commune et ses environs',
  employment_areas: 'Un ou plusieurs bassins d’emploi',
} as const;
export type ZoneKind = keyof typeof ZONE_KINDS;

export const PROFILE_STATUSES = {
  published: 'Disponible',
  paused: 'En pause',
} as const;
export type ProfileStatus = keyof typeof PROFILE_STATUSES;

/** Who a guide, a question or a news item is for. */
export const AUDIENCES = {
  everyone: 'Tout le monde',
  requesters: 'Établissements et structures',
  ambassadors: 'Ambassadeurs',
  partners: 'Entreprises et partenaires',
} as const;
export type Audience = keyof typeof AUDIENCES;

/** Kinds of network events in the agenda (issue 10, brief F11). */
export const EVENT_TYPES = {
  forum: 'Forum des métiers',
  salon: 'Salon',
  webinar: 'Webinaire',
  discovery_day: 'Journée découverte',
  job_dating: 'Job dating',
} as const;
export type EventType = keyof typeof EVENT_TYPES;

/** Where an ambassador stands in an event's call for ambassadors (issue 10); the database checks the same codes. */
export const EVENT_INVITATION_STATUSES = {
  invited: 'Invité, sans réponse',
  confirmed: 'Confirmé',
  waiting: 'En liste d’attente',
  declined: 'A décliné',
  withdrawn: 'S’est désisté',
} as const;
export type EventInvitationStatus = keyof typeof EVENT_INVITATION_STATUSES;

export const FAQ_CATEGORIES = {
  network: 'Le réseau',
  becoming_ambassador: 'Devenir ambassadeur',
  requests: 'Solliciter un ambassadeur',
  interventions: 'Les interventions',
  personal_data: 'Données personnelles',
  partners: 'Entreprises et partenaires',
} as const;

/** Editorial pages, each with its fixed public address. */
export const PAGE_KINDS = {
  charter: 'Charte des ambassadeurs',
  partners: 'Partenaires et mécénat de compétences',
  legal_notice: 'Mentions légales',
  personal_data: 'Données personnelles',
  accessibility: 'Accessibilité',
} as const;
export type PageKind = keyof typeof PAGE_KINDS;

export const PAGE_PATHS: Record<PageKind, string> = {
  charter: '/charte/',
  partners: '/partenaires/',
  legal_notice: '/mentions-legales/',
  personal_data: '/donnees-personnelles/',
  accessibility: '/accessibilite/',
};

/**
 * Directory facets, in display order: the Pagefind filter name, its French legend
 * and the vocabulary of its values. `departement` values come from settings.
 */
export const FACETS = [
  { name: 'secteur', legend: "Secteur d'activité", vocabulary: SECTORS },
  { name: 'type', legend: "Type d'ambassadeur", vocabulary: AMBASSADOR_TYPES },
  { name: 'intervention', legend: "Type d'intervention", vocabulary: INTERVENTIONS },
  { name: 'theme', legend: 'Thème transversal', vocabulary: THEMES },
  { name: 'public', legend: 'Public', vocabulary: PUBLICS },
  { name: 'modalite', legend: 'Modalité', vocabulary: MODALITIES },
] as const;
