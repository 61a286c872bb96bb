/**
 * Decap CMS configuration, built from the vocabularies and the site settings so that the
 * editors' choices are exactly the values the schemas accept. `tests/cms-config.unit.test.ts`
 * fails when a field here and a schema field in src/lib/schemas.ts disagree.
 */
import type { BuildEnv } from '../lib/env.ts';
import type { SettingsData } from '../lib/schemas.ts';
import { departmentChoices } from '../lib/directory.ts';
import { allDepartments as departmentList } from '../lib/geo.ts';
import { YEARLY_INTERVENTIONS } from '../lib/fields.ts';
import { OFFER_DAYS, OFFER_PLACES } from '../lib/offers.ts';
import {
  AGREEMENT_ISSUERS,
  AMBASSADOR_TYPES,
  AUDIENCES,
  EVENT_TYPES,
  FAQ_CATEGORIES,
  INTERVENTIONS,
  MODALITIES,
  OFFER_PUBLICS,
  PAGE_KINDS,
  PROFILE_STATUSES,
  PUBLICS,
  SECTORS,
  SIZE_BANDS,
  THEMES,
  ZONE_KINDS,
  optionsOf,
  type Vocabulary,
} from '../lib/vocabularies.ts';

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: { value: string; label: string }[];
  multiple?: boolean;
  fields?: CmsField[];
  pattern?: [string, string];
  [key: string]: unknown;
}

export interface CmsCollection {
  name: string;
  label: string;
  /** Content collection whose schema this CMS collection edits. */
  schema: 'ambassadors' | 'employmentAreas' | 'referents' | 'guides' | 'faq' | 'pages' | 'settings' | 'news' | 'events' | 'offers';
  fields: CmsField[];
  [key: string]: unknown;
}

const select = (name: string, label: string, vocabulary: Vocabulary, extra: Partial<CmsField> = {}): CmsField => ({
  name,
  label,
  widget: 'select',
  options: optionsOf(vocabulary),
  ...extra,
});
const multi = (name: string, label: string, vocabulary: Vocabulary, hint?: string): CmsField =>
  select(name, label, vocabulary, { multiple: true, min: 1, ...(hint ? { hint } : {}) });
const string = (name: string, label: string, extra: Partial<CmsField> = {}): CmsField => ({ name, label, widget: 'string', ...extra });
const text = (name: string, label: string, hint: string): CmsField => ({ name, label, widget: 'text', hint });
const day = (name: string, label: string): CmsField => ({
  name,
  label,
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'DD/MM/YYYY',
  time_format: false,
});
/** A wall-clock date and time in Paris (the editors' browsers are in France): "2027-01-21T09:30". */
const parisDateTime = (name: string, label: string): CmsField => ({
  name,
  label,
  widget: 'datetime',
  format: 'YYYY-MM-DDTHH:mm',
  date_format: 'DD/MM/YYYY',
  time_format: 'HH:mm',
  picker_utc: false,
  hint: 'Heure de Paris',
});
const integer = (name: string, label: string, extra: Partial<CmsField> = {}): CmsField => ({
  name,
  label,
  widget: 'number',
  value_type: 'int',
  ...extra,
});
const body: CmsField = { name: 'body', label: 'Contenu', widget: 'markdown' };

const AMBASSADOR_ID_PATTERN: [string, string] = [
  '^[0-9][0-9AB]/[a-z0-9]+(-[a-z0-9]+)*$',
  'Identifiant département/profil, par exemple 59/fournil-du-nord',
];

const COMMUNE_PATTERN: [string, string] = [
  '^[0-9][0-9AB][0-9]{3}$',
  'Code INSEE à 5 caractères (par exemple 59350 pour Lille), pas le code postal',
];

function ambassadorFields(departments: Vocabulary): CmsField[] {
  return [
    select('type', "Type d'ambassadeur", AMBASSADOR_TYPES),
    string('displayName', 'Nom affiché', { hint: 'Choisi par la personne, par exemple « Camille R. »' }),
    string('jobTitle', 'Métier ou formation'),
    select('sector', 'Secteur (domaine ROME)', SECTORS),
    string('organisation', 'Employeur ou établissement', { required: false, hint: 'Seulement si la personne souhaite l’afficher' }),
    string('siret', 'SIRET (entreprise ou structure)', {
      required: false,
      pattern: ['^\\d{14}$', '14 chiffres, sans espace'],
      hint: 'Seulement pour le type « Entreprise ou structure » ; la clé de contrôle est vérifiée à la publication',
    }),
    select('sizeBand', 'Tranche d’effectif (entreprise ou structure)', SIZE_BANDS, { required: false }),
    string('company', 'Entreprise ambassadrice de la personne', {
      required: false,
      pattern: ['^(\\d{2}|2A|2B|97\\d)/[a-z0-9-]+$', 'Département/fichier du profil de l’entreprise, par exemple 59/acme-logistique'],
      hint: 'Identifiant département/profil de l’entreprise, par exemple 59/acme-logistique ; listée sur sa page une fois confirmée par elle',
    }),
    {
      ...day('companyConfirmedAt', 'Confirmée par l’entreprise le'),
      required: false,
      hint: 'Écrit quand l’entreprise confirme depuis son lien ; videz-le si elle se rétracte',
    },
    text('presentation', 'Présentation', '600 caractères au plus, sans adresse e-mail ni téléphone'),
    text('careerPath', 'Parcours', '1 500 caractères au plus'),
    multi('interventions', "Types d'intervention acceptés", INTERVENTIONS),
    multi('publics', 'Publics', PUBLICS),
    multi('modalities', 'Modalités', MODALITIES),
    select('themes', 'Thèmes transversaux', THEMES, { multiple: true, required: false, hint: 'Facultatif' }),
    multi('departments', "Départements d'intervention", departments),
    {
      name: 'communes',
      label: "Communes d'intervention (codes INSEE)",
      widget: 'list',
      required: false,
      hint: 'Facultatif. Codes INSEE séparés par des virgules',
    },
    select('zoneKind', "Zone d'intervention", ZONE_KINDS, {
      required: false,
      hint: 'Sans choix : les départements ci-dessus. Les départements doivent couvrir la zone (ils sont recalculés quand l’ambassadeur enregistre son profil).',
    }),
    string('zoneCommune', 'Commune au centre du rayon (code INSEE)', { required: false, pattern: COMMUNE_PATTERN }),
    integer('zoneRadiusKm', 'Rayon autour de la commune (km)', { required: false, min: 1, max: 100, hint: 'De 1 à 100 km' }),
    {
      name: 'employmentAreas',
      label: "Bassins d'emploi",
      widget: 'relation',
      collection: 'employmentAreas',
      value_field: '{{slug}}',
      search_fields: ['name'],
      display_fields: ['name'],
      multiple: true,
      required: false,
    },
    string('homeCommune', 'Commune de rattachement (code INSEE)', { pattern: COMMUNE_PATTERN }),
    {
      name: 'position',
      label: 'Centre de la commune de rattachement',
      widget: 'map',
      type: 'Point',
      hint: 'Placez le point au centre de la commune, jamais sur une adresse',
    },
    integer('yearlyInterventions', 'Engagement : interventions par année scolaire', {
      required: false,
      min: YEARLY_INTERVENTIONS.min,
      max: YEARLY_INTERVENTIONS.max,
      hint: 'Facultatif, de 1 à 50 : une fois atteint (demandes acceptées ou réalisées depuis le 1er septembre), plus de nouvelle demande jusqu’à l’année scolaire suivante',
    }),
    {
      name: 'schoolPeriodsOnly',
      label: 'Périodes scolaires uniquement',
      widget: 'boolean',
      required: false,
      hint: 'Préférence affichée sur le profil et le formulaire de demande',
    },
    select('status', 'Statut', PROFILE_STATUSES, { default: 'published' }),
    day('createdAt', 'Créé le'),
    day('updatedAt', 'Mis à jour le'),
  ];
}

export function cmsCollections(settings: SettingsData): CmsCollection[] {
  const departments = departmentChoices(settings.departments);
  const allDepartments = departmentChoices(departmentList().map((d) => d.code));
  const ambassadors: CmsCollection[] = settings.departments.map((code) => ({
    name: `ambassadors_${code}`,
    label: `Ambassadeurs – ${departments[code]}`,
    label_singular: 'Ambassadeur',
    schema: 'ambassadors',
    folder: `src/content/ambassadors/${code}`,
    format: 'yml',
    extension: 'yaml',
    create: true,
    identifier_field: 'displayName',
    editor: { preview: false },
    slug: '{{displayName}}-{{jobTitle}}',
    summary: '{{displayName}} – {{jobTitle}} ({{status}})',
    fields: ambassadorFields(departments),
  }));
  return [
    ...ambassadors,
    {
      name: 'employmentAreas',
      label: "Bassins d'emploi",
      label_singular: "Bassin d'emploi",
      schema: 'employmentAreas',
      folder: 'src/content/employment-areas',
      format: 'yml',
      extension: 'yaml',
      create: true,
      identifier_field: 'name',
      slug: '{{name}}',
      fields: [
        string('name', 'Nom du bassin'),
        {
          name: 'communes',
          label: 'Communes (codes INSEE)',
          widget: 'list',
          hint: 'Codes INSEE à 5 caractères séparés par des virgules (par exemple 59350 pour Lille), pas les codes postaux',
        },
      ],
    },
    {
      name: 'referents',
      label: 'Référents',
      label_singular: 'Référent',
      schema: 'referents',
      folder: 'src/content/referents',
      format: 'yml',
      extension: 'yaml',
      create: true,
      identifier_field: 'name',
      slug: '{{name}}',
      editor: { preview: false },
      fields: [
        string('name', 'Prénom et nom'),
        string('role', 'Fonction'),
        string('email', 'E-mail professionnel', { pattern: ['^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$', 'Adresse e-mail invalide'] }),
        string('phone', 'Téléphone professionnel', {
          pattern: ['^(\\+33 ?|0)[1-9]([ .]?[0-9]{2}){4}$', '10 chiffres, au format 03 xx xx xx xx'],
        }),
        multi('departments', 'Départements suivis', departments),
        { name: 'basins', label: "Bassins d'emploi", widget: 'list', required: false },
        integer('order', "Ordre d'affichage", { default: 0 }),
        {
          name: 'coordinator',
          label: 'Coordination régionale',
          widget: 'boolean',
          required: false,
          hint: 'Cochée : le tableau de bord montre tous les départements de la Région et les chiffres régionaux',
        },
      ],
    },
    {
      name: 'guides',
      label: 'Guides',
      label_singular: 'Guide',
      schema: 'guides',
      folder: 'src/content/guides',
      extension: 'md',
      create: true,
      slug: '{{title}}',
      fields: [
        string('title', 'Titre'),
        string('summary', 'Résumé', { hint: 'Une phrase, 200 caractères au plus' }),
        select('audience', 'Public visé', AUDIENCES),
        integer('order', "Ordre d'affichage", { default: 0 }),
        day('updatedAt', 'Mis à jour le'),
        body,
      ],
    },
    {
      name: 'news',
      label: 'Actualités',
      label_singular: 'Actualité',
      schema: 'news',
      folder: 'src/content/news',
      extension: 'md',
      create: true,
      slug: '{{year}}-{{month}}-{{day}}-{{title}}',
      summary: '{{date}} – {{title}}',
      sortable_fields: ['date', 'title'],
      fields: [
        string('title', 'Titre'),
        day('date', 'Date de publication'),
        string('summary', 'Résumé', { hint: 'Une ou deux phrases, 300 caractères au plus ; reprises dans la liste et le flux Atom' }),
        select('audience', 'Public visé', AUDIENCES),
        select('department', 'Département', departments, {
          required: false,
          hint: 'Laissez vide si l’actualité concerne toute la Région',
        }),
        body,
      ],
    },
    {
      name: 'events',
      label: 'Agenda',
      label_singular: 'Événement',
      schema: 'events',
      folder: 'src/content/events',
      format: 'yml',
      extension: 'yaml',
      create: true,
      slug: '{{title}}',
      summary: '{{start}} – {{title}}',
      sortable_fields: ['start', 'title'],
      editor: { preview: false },
      fields: [
        string('title', 'Titre'),
        select('type', "Type d'événement", EVENT_TYPES),
        parisDateTime('start', 'Début'),
        parisDateTime('end', 'Fin'),
        string('address', 'Lieu et adresse', {
          required: false,
          hint: 'Par exemple « Lille Grand Palais, 1 boulevard des Cités Unies », sans la commune ; vide pour un événement en ligne',
        }),
        string('commune', 'Commune du lieu (code INSEE)', { required: false, pattern: COMMUNE_PATTERN }),
        string('onlineUrl', 'Adresse en ligne', {
          required: false,
          hint: 'Pour un webinaire ou une diffusion, commençant par https://',
          pattern: ['^https://', 'Adresse commençant par https://'],
        }),
        multi('publics', 'Publics', PUBLICS),
        text('description', 'Description', 'Texte simple, 3 000 caractères au plus ; une ligne vide sépare deux paragraphes'),
        integer('ambassadorPlaces', 'Places pour les ambassadeurs', {
          min: 0,
          max: 500,
          default: 0,
          hint: '0 si aucun ambassadeur n’est appelé ; l’appel aux ambassadeurs confirme les premiers volontaires dans cette limite',
        }),
        select('department', 'Département', departments, {
          required: false,
          hint: 'Laissez vide si l’événement concerne toute la Région',
        }),
        {
          name: 'confirmedAmbassadors',
          label: 'Ambassadeurs confirmés',
          widget: 'list',
          required: false,
          hint: 'Rempli par l’appel aux ambassadeurs : identifiants département/profil, par exemple 59/camille-r-infirmiere',
        },
      ],
    },
    {
      name: 'offers',
      label: 'Offres de mini-stage',
      label_singular: 'Offre de mini-stage',
      schema: 'offers',
      folder: 'src/content/offers',
      format: 'yml',
      extension: 'yaml',
      create: true,
      slug: '{{title}}',
      summary: '{{title}} – {{company}}',
      sortable_fields: ['title', 'company'],
      editor: { preview: false },
      fields: [
        string('title', 'Titre', { hint: 'Par exemple « Découvrir le métier de boulanger »' }),
        string('company', 'Entreprise ou structure qui accueille', {
          pattern: AMBASSADOR_ID_PATTERN,
          hint: 'Identifiant département/profil de son profil « Entreprise ou structure », par exemple 59/fournil-du-nord (l’adresse du profil sans /ambassadeurs/)',
        }),
        string('jobTitle', 'Métier découvert'),
        select('sector', 'Secteur (domaine ROME)', SECTORS),
        integer('durationDays', 'Durée (jours)', { min: OFFER_DAYS.min, max: OFFER_DAYS.max, hint: 'Un mini-stage dure de 3 à 5 jours' }),
        {
          name: 'periods',
          label: 'Périodes d’accueil',
          label_singular: 'Période',
          widget: 'list',
          min: 1,
          max: 12,
          summary: '{{start}} → {{end}}',
          hint: 'Chaque période doit durer au moins la durée du stage ; l’offre disparaît du site après le dernier jour de sa dernière période',
          fields: [day('start', 'Premier jour possible'), day('end', 'Dernier jour possible')],
        },
        integer('places', 'Places par période', { min: OFFER_PLACES.min, max: OFFER_PLACES.max }),
        multi('publics', 'Public', OFFER_PUBLICS),
        string('commune', 'Commune du lieu de stage (code INSEE)', {
          pattern: COMMUNE_PATTERN,
          hint: 'Seule la commune est publiée (sa position sur la carte est son centre), jamais l’adresse',
        }),
        multi('agreements', 'Conventions acceptées', AGREEMENT_ISSUERS, 'Qui peut signer la convention de stage de l’élève'),
        {
          ...text('conditions', 'Conditions d’accueil', 'Facultatif, 500 caractères au plus, sans adresse e-mail ni téléphone'),
          required: false,
        },
        text(
          'description',
          'Description',
          '20 à 1 500 caractères, sans adresse e-mail ni téléphone ; une ligne vide sépare deux paragraphes',
        ),
      ],
    },
    {
      name: 'faq',
      label: 'Questions fréquentes',
      label_singular: 'Question',
      schema: 'faq',
      folder: 'src/content/faq',
      extension: 'md',
      create: true,
      identifier_field: 'question',
      slug: '{{question}}',
      fields: [
        string('question', 'Question'),
        select('audience', 'Public visé', AUDIENCES),
        select('category', 'Rubrique', FAQ_CATEGORIES),
        integer('order', 'Ordre dans la rubrique', { default: 0 }),
        {
          name: 'relatedGuides',
          label: 'Guides pour aller plus loin',
          widget: 'relation',
          collection: 'guides',
          value_field: '{{slug}}',
          search_fields: ['title'],
          display_fields: ['title'],
          multiple: true,
          required: false,
        },
        body,
      ],
    },
    {
      name: 'pages',
      label: 'Pages',
      label_singular: 'Page',
      schema: 'pages',
      folder: 'src/content/pages',
      extension: 'md',
      create: false,
      delete: false,
      fields: [
        string('title', 'Titre'),
        string('description', 'Description', { hint: '200 caractères au plus' }),
        select('kind', 'Type de page', PAGE_KINDS),
        string('version', 'Version', {
          required: false,
          hint: 'Obligatoire pour la charte, par exemple 2.1 ; à augmenter à chaque changement',
        }),
        day('updatedAt', 'Mis à jour le'),
        body,
      ],
    },
    {
      name: 'settings',
      label: 'Réglages',
      schema: 'settings',
      files: [{ name: 'site', label: 'Réglages du site', file: 'src/content/settings/site.yaml' }],
      fields: [
        string('regionName', 'Nom de la Région'),
        string('regionCode', 'Code INSEE de la Région', { pattern: ['^[0-9]{2}$', 'Deux chiffres'] }),
        string('siteName', 'Nom du service'),
        multi('departments', 'Départements couverts', allDepartments),
        string('contactEmail', 'E-mail de contact du réseau'),
        string('mapTilesUrl', 'URL des tuiles de la carte', { hint: 'Modèle avec {z}, {x} et {y}' }),
        string('mapAttribution', 'Attribution de la carte'),
        {
          name: 'mapBounds',
          label: 'Emprise de la carte',
          widget: 'object',
          fields: [
            { name: 'south', label: 'Latitude sud', widget: 'number', value_type: 'float' },
            { name: 'west', label: 'Longitude ouest', widget: 'number', value_type: 'float' },
            { name: 'north', label: 'Latitude nord', widget: 'number', value_type: 'float' },
            { name: 'east', label: 'Longitude est', widget: 'number', value_type: 'float' },
          ],
        },
        integer('confirmationLinkHours', 'Validité des liens de confirmation (heures)', { min: 1, max: 72 }),
        integer('answerDeadlineDays', 'Délai de réponse des ambassadeurs (jours)', { min: 1, max: 60 }),
        integer('firstReminderDays', 'Premier rappel sans réponse (jours)', { min: 1, max: 60, default: 3 }),
        integer('secondReminderDays', 'Second rappel sans réponse (jours)', { min: 1, max: 60, default: 7 }),
        integer('expiryAfterDeadlineDays', 'Expiration après le délai de réponse (jours)', { min: 1, max: 60, default: 5 }),
        integer('closedRequestsKeptMonths', 'Anonymisation des demandes closes (mois après la clôture)', {
          min: 1,
          max: 60,
          default: 12,
          hint: 'Même durée pour effacer l’adresse d’un demandeur sans demande en cours ni connexion',
        }),
        integer('abandonedMailKeptDays', 'Effacement des courriels jamais envoyés (jours)', { min: 1, max: 365, default: 30 }),
        integer('inactiveAmbassadorMonths', 'Avertissement des ambassadeurs inactifs (mois sans activité)', {
          min: 6,
          max: 60,
          default: 24,
        }),
        integer('inactivityNoticeDays', 'Suppression après l’avertissement, sans réaction (jours)', { min: 7, max: 90, default: 30 }),
      ],
    },
  ];
}

/** The whole config.yml object. `schema` is ours, not Decap's: it is dropped here. */
export function cmsConfig(settings: SettingsData, env: BuildEnv) {
  return {
    backend: {
      name: 'github',
      repo: env.CMS_GITHUB_REPO,
      branch: env.CMS_BRANCH,
      ...(env.CMS_OAUTH_BASE_URL ? { base_url: env.CMS_OAUTH_BASE_URL } : {}),
      commit_messages: {
        create: 'Contenu : création de {{collection}} « {{slug}} »',
        update: 'Contenu : mise à jour de {{collection}} « {{slug}} »',
        delete: 'Contenu : suppression de {{collection}} « {{slug}} »',
        uploadMedia: 'Média : ajout de « {{path}} »',
        deleteMedia: 'Média : suppression de « {{path}} »',
      },
    },
    // Used only when the CMS runs on localhost (decap-server started by `npm start`).
    local_backend: { url: `http://localhost:${env.DECAP_SERVER_PORT}/api/v1` },
    locale: 'fr',
    site_url: env.URL,
    display_url: env.URL,
    media_folder: 'public/media',
    public_folder: '/media',
    collections: cmsCollections(settings).map(({ schema: _schema, fields, ...collection }) =>
      // A file collection (settings) lists its fields under each file.
      Array.isArray(collection.files)
        ? { ...collection, files: (collection.files as object[]).map((file) => ({ ...file, fields })) }
        : { ...collection, fields },
    ),
  };
}
