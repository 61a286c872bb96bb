/**
 * Schemas of every content collection. `src/content.config.ts` uses them for the build and
 * the CMS config is tested against them. Messages are in French: they reach editors.
 * Server-side only (the commune and département checks read the national reference data).
 */
import { z } from 'astro/zod';
import { findCommune, findDepartment } from './geo.ts';
import { parsePoint } from './position.ts';
import { RADIUS_KM, RADIUS_MESSAGE } from './zone-limits.ts';
import {
  AMBASSADOR_TYPES,
  AUDIENCES,
  FAQ_CATEGORIES,
  INTERVENTIONS,
  MODALITIES,
  PAGE_KINDS,
  PROFILE_STATUSES,
  PUBLICS,
  SECTORS,
  SIZE_BANDS,
  THEMES,
  ZONE_KINDS,
} from './vocabularies.ts';
import {
  anyOf,
  companyNameMessage,
  isPlainCompanyName,
  isPlainName,
  oneOf,
  plainNameMessage,
  publicText,
  siret,
  someOf,
  yearlyInterventions,
} from './fields.ts';
import { shortLabelOf, textLimits } from './forms/field.ts';
import { PROFILE_FIELDS as P } from './forms/profile.ts';

export const departmentCode = z
  .string({ error: 'Département : code attendu, par exemple "59".' })
  .refine((code) => findDepartment(code) !== undefined, {
    error: (issue) => `« ${String(issue.input)} » n'est pas un code de département (exemples : "02", "59", "2A").`,
  });

export const communeCode = z
  .string({ error: 'Commune : code INSEE attendu, par exemple "59350" pour Lille.' })
  .refine((code) => findCommune(code) !== undefined, {
    error: (issue) =>
      `« ${String(issue.input)} » n'est pas un code commune INSEE en vigueur (5 caractères, par exemple "59350" pour Lille ; ce n'est pas le code postal).`,
  });

const point = z
  .string({ error: 'Position : placez la commune sur la carte (point GeoJSON).' })
  .refine((value) => parsePoint(value) !== undefined, {
    error: 'Position : point GeoJSON attendu, par exemple {"type":"Point","coordinates":[3.0468,50.6311]} (longitude puis latitude).',
  });

const date = z.coerce.date({ error: 'Date attendue au format AAAA-MM-JJ.' });

const COMPANY_ID_MESSAGE =
  'Entreprise ambassadrice : identifiant de son profil attendu, le département puis le nom du fichier, par exemple « 59/acme-logistique ».';

export const ambassadorSchema = z
  .strictObject({
    type: oneOf(AMBASSADOR_TYPES, "Type d'ambassadeur").describe("Type d'ambassadeur"),
    // A person's name: letters only; a company's may hold digits and "&" (checked below, with the type).
    displayName: publicText(...textLimits(P.displayName)).describe(
      'Nom affiché, choisi par la personne (par exemple prénom et initiale), ou nom de l’entreprise ou structure',
    ),
    jobTitle: publicText(...textLimits(P.jobTitle)).describe('Intitulé du métier exercé ou de la formation suivie'),
    sector: oneOf(SECTORS, 'Secteur').describe("Secteur d'activité (domaine du ROME, A à N)"),
    organisation: publicText(...textLimits(P.organisation))
      .optional()
      .describe("Employeur, organisme ou établissement de formation, seulement si la personne souhaite l'afficher"),
    siret: siret.optional().describe('Entreprise ou structure seulement : SIRET de l’établissement (14 chiffres, clé vérifiée)'),
    sizeBand: oneOf(SIZE_BANDS, 'Taille').optional().describe('Entreprise ou structure seulement : tranche d’effectif'),
    company: z
      .string({ error: COMPANY_ID_MESSAGE })
      .trim()
      .regex(/^(\d{2}|2A|2B|97\d)\/[a-z0-9-]+$/, { error: COMPANY_ID_MESSAGE })
      .optional()
      .describe('Personne seulement : identifiant du profil de son entreprise ou structure ambassadrice, si elle la nomme'),
    companyConfirmedAt: date
      .optional()
      .describe('Date à laquelle l’entreprise a confirmé que la personne en fait partie (sa page ne la liste qu’ensuite)'),
    presentation: publicText(...textLimits(P.presentation)).describe('Courte présentation (600 caractères au plus)'),
    careerPath: publicText(...textLimits(P.careerPath)).describe('Parcours scolaire et professionnel (1 500 caractères au plus)'),
    interventions: someOf(INTERVENTIONS, 'Interventions').describe("Types d'intervention acceptés"),
    publics: someOf(PUBLICS, 'Publics').describe('Publics auprès desquels la personne intervient'),
    modalities: someOf(MODALITIES, 'Modalités').describe('Présentiel, distanciel ou les deux'),
    themes: anyOf(THEMES, shortLabelOf(P.themes))
      .optional()
      .describe('Thèmes transversaux dont la personne parle (mixité des métiers, handicap…), facultatif'),
    yearlyInterventions: yearlyInterventions
      .optional()
      .describe('Engagement : nombre d’interventions proposées par année scolaire (1 à 50), facultatif'),
    schoolPeriodsOnly: z
      .boolean({ error: 'Périodes scolaires uniquement : oui ou non.' })
      .optional()
      .describe('Engagement : n’intervient que pendant les périodes scolaires (préférence affichée)'),
    departments: z
      .array(departmentCode)
      .min(1, { error: "Départements d'intervention : choisissez au moins un département." })
      .describe("Départements où la personne accepte d'intervenir"),
    communes: z.array(communeCode).optional().describe("Communes d'intervention privilégiées (codes INSEE), facultatif"),
    zoneKind: oneOf(ZONE_KINDS, "Zone d'intervention")
      .optional()
      .describe("Zone d'intervention : départements (par défaut), toute la Région, une commune et un rayon, ou des bassins d'emploi"),
    zoneCommune: communeCode.optional().describe('Commune au centre du rayon (code INSEE), pour une zone « commune et environs »'),
    zoneRadiusKm: z
      .number({ error: RADIUS_MESSAGE })
      .int({ error: RADIUS_MESSAGE })
      .min(RADIUS_KM.min, { error: RADIUS_MESSAGE })
      .max(RADIUS_KM.max, { error: RADIUS_MESSAGE })
      .optional()
      .describe('Rayon en kilomètres autour de la commune (1 à 100)'),
    employmentAreas: z
      .array(z.string().trim().min(1))
      .optional()
      .describe("Bassins d'emploi couverts (identifiants de la collection des bassins d'emploi)"),
    homeCommune: communeCode.describe('Commune de rattachement (code INSEE) : seule sa position est publiée, jamais une adresse'),
    position: point.describe('Centre de la commune de rattachement, point GeoJSON (longitude, latitude)'),
    status: oneOf(PROFILE_STATUSES, 'Statut').default('published').describe('Publié (disponible) ou en pause'),
    createdAt: date.describe('Date de création du profil'),
    updatedAt: date.describe('Date de dernière mise à jour'),
  })
  .refine((p) => p.type !== 'company' || (p.siret !== undefined && p.sizeBand !== undefined), {
    error: 'Entreprise ou structure : indiquez son SIRET et sa tranche d’effectif.',
    path: ['siret'],
  })
  .refine((p) => p.type === 'company' || (p.siret === undefined && p.sizeBand === undefined), {
    error: 'SIRET et tranche d’effectif : seulement pour un profil « Entreprise ou structure ».',
    path: ['siret'],
  })
  .refine((p) => (p.type === 'company' ? isPlainCompanyName : isPlainName)(p.displayName), {
    error: (issue) =>
      ((issue.input as { type?: string }).type === 'company' ? companyNameMessage : plainNameMessage)(P.displayName.shortLabel).error,
    path: ['displayName'],
  })
  .refine((p) => p.companyConfirmedAt === undefined || p.company !== undefined, {
    error: 'Confirmation par l’entreprise : seulement pour une personne qui nomme son entreprise (champ « Entreprise ambassadrice »).',
    path: ['companyConfirmedAt'],
  })
  .refine((p) => p.type !== 'company' || p.company === undefined, {
    error: 'Une entreprise ou structure ne peut pas être rattachée à une autre entreprise ambassadrice.',
    path: ['company'],
  })
  .refine((p) => p.zoneKind !== 'commune_radius' || (p.zoneCommune !== undefined && p.zoneRadiusKm !== undefined), {
    error: 'Zone « commune et environs » : indiquez la commune (code INSEE) et le rayon en kilomètres.',
    path: ['zoneRadiusKm'],
  })
  .refine((p) => p.zoneKind !== 'employment_areas' || (p.employmentAreas?.length ?? 0) > 0, {
    error: "Zone « bassins d'emploi » : choisissez au moins un bassin d'emploi.",
    path: ['employmentAreas'],
  })
  .describe("Profil public d'un ambassadeur : jamais d'adresse e-mail ni de téléphone");

export type AmbassadorData = z.output<typeof ambassadorSchema>;

/** An employment area (bassin d'emploi, issue 11): editable content, its communes by INSEE code. */
export const employmentAreaSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(100).describe("Nom du bassin d'emploi"),
    communes: z
      .array(communeCode)
      .min(1, { error: 'Communes : indiquez au moins une commune du bassin (code INSEE).' })
      .describe('Communes du bassin (codes INSEE, pas les codes postaux)'),
  })
  .describe("Bassin d'emploi : un nom et ses communes");

export type EmploymentAreaData = z.output<typeof employmentAreaSchema>;

export const referentSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(80).describe('Prénom et nom du référent'),
    role: z.string().trim().min(2).max(120).describe('Fonction, par exemple « Référente du Nord »'),
    email: z.email({ error: 'Adresse e-mail professionnelle invalide.' }).describe('Adresse e-mail professionnelle (publiée)'),
    phone: z
      .string()
      .regex(/^(?:\+33 ?|0)[1-9](?:[ .]?\d{2}){4}$/, { error: 'Téléphone : 10 chiffres, au format 03 xx xx xx xx.' })
      .describe('Téléphone professionnel (publié)'),
    departments: z.array(departmentCode).min(1, { error: 'Choisissez au moins un département.' }).describe('Départements suivis'),
    basins: z.array(z.string().trim().min(2)).optional().describe("Bassins d'emploi suivis, facultatif"),
    order: z.number().int().default(0).describe("Ordre d'affichage"),
    coordinator: z
      .boolean()
      .optional()
      .describe('Coordination régionale : voit les chiffres de tous les départements de la Région, pas seulement les siens'),
  })
  .describe('Référent territorial (coordonnées professionnelles publiques)');

export const guideSchema = z
  .strictObject({
    title: z.string().trim().min(5).max(120).describe('Titre du guide'),
    summary: z.string().trim().min(10).max(200).describe('Résumé en une phrase (200 caractères au plus)'),
    audience: oneOf(AUDIENCES, 'Public visé').describe('À qui le guide s’adresse'),
    order: z.number().int().default(0).describe("Ordre d'affichage"),
    updatedAt: date.describe('Date de dernière mise à jour'),
  })
  .describe('Guide pratique (corps en Markdown)');

export const faqSchema = z
  .strictObject({
    question: z.string().trim().min(5).max(200).describe('La question, telle que la poserait un visiteur'),
    audience: oneOf(AUDIENCES, 'Public visé').describe('À qui la question s’adresse'),
    category: oneOf(FAQ_CATEGORIES, 'Catégorie').describe('Rubrique de la FAQ'),
    order: z.number().int().default(0).describe('Ordre dans la rubrique'),
    relatedGuides: z.array(z.string()).optional().describe('Guides à lire pour aller plus loin (identifiants des guides)'),
  })
  .describe('Question fréquente (réponse en Markdown)');

export const pageSchema = z
  .strictObject({
    title: z.string().trim().min(3).max(120).describe('Titre de la page'),
    description: z.string().trim().min(10).max(200).describe('Description pour les moteurs de recherche (200 caractères au plus)'),
    kind: oneOf(PAGE_KINDS, 'Type de page').describe('Rôle de la page (détermine son adresse)'),
    version: z
      .string()
      .regex(/^\d+(\.\d+)?$/, { error: 'Version : nombre, par exemple "2.1".' })
      .optional()
      .describe('Version (obligatoire pour la charte : les consentements la mentionnent)'),
    updatedAt: date.describe('Date de dernière mise à jour'),
  })
  .refine((page) => page.kind !== 'charter' || page.version !== undefined, {
    error: 'La charte doit porter un numéro de version (champ « version »), car chaque consentement l’enregistre.',
    path: ['version'],
  })
  .describe('Page éditoriale (corps en Markdown)');

const bounds = z
  .strictObject({
    south: z.number().min(-90).max(90).describe('Latitude minimale'),
    west: z.number().min(-180).max(180).describe('Longitude minimale'),
    north: z.number().min(-90).max(90).describe('Latitude maximale'),
    east: z.number().min(-180).max(180).describe('Longitude maximale'),
  })
  .describe('Emprise de la Région, pour la carte et le contrôle des positions');

export const settingsSchema = z
  .strictObject({
    regionName: z.string().trim().min(2).describe('Nom de la Région'),
    regionCode: z
      .string()
      .regex(/^\d{2}$/)
      .describe('Code INSEE de la Région, par exemple "32"'),
    siteName: z.string().trim().min(2).describe('Nom du service, affiché en tête de page'),
    departments: z.array(departmentCode).min(1).describe('Départements de la Région couverts par le réseau'),
    contactEmail: z.email().describe('Adresse de contact générale du réseau (publiée)'),
    mapTilesUrl: z.url().describe('Modèle d’URL des tuiles de la carte ({z}, {x}, {y})'),
    mapAttribution: z.string().min(2).describe('Attribution affichée sur la carte'),
    mapBounds: bounds,
    confirmationLinkHours: z.number().int().min(1).max(72).describe("Durée de validité d'un lien de confirmation, en heures"),
    answerDeadlineDays: z.number().int().min(1).max(60).describe("Délai de réponse attendu d'un ambassadeur, en jours"),
    firstReminderDays: z.number().int().min(1).max(60).default(3).describe('Premier rappel à l’ambassadeur sans réponse, en jours'),
    secondReminderDays: z.number().int().min(1).max(60).default(7).describe('Second rappel à l’ambassadeur sans réponse, en jours'),
    expiryAfterDeadlineDays: z
      .number()
      .int()
      .min(1)
      .max(60)
      .default(5)
      .describe('Jours après le délai de réponse (et le signalement au référent) avant que la demande expire'),
    // Retention (issue E), run daily and stated on the personal-data page.
    closedRequestsKeptMonths: z
      .number()
      .int()
      .min(1)
      .max(60)
      .default(12)
      .describe(
        'Mois après sa clôture avant qu’une demande soit anonymisée (messages effacés) ; l’adresse d’un demandeur est effacée après la même durée sans demande en cours ni connexion',
      ),
    abandonedMailKeptDays: z.number().int().min(1).max(365).default(30).describe('Jours avant l’effacement d’un courriel jamais envoyé'),
    inactiveAmbassadorMonths: z
      .number()
      .int()
      .min(6)
      .max(60)
      .default(24)
      .describe('Mois sans activité avant qu’un ambassadeur soit prévenu de la suppression de son compte'),
    inactivityNoticeDays: z
      .number()
      .int()
      .min(7)
      .max(90)
      .default(30)
      .describe('Jours entre cet avertissement et la suppression du compte, si l’ambassadeur ne s’est pas manifesté'),
  })
  .refine((s) => s.firstReminderDays < s.secondReminderDays && s.secondReminderDays < s.answerDeadlineDays, {
    error: 'Rappels : le premier doit précéder le second, et le second le délai de réponse (par exemple 3, 7 et 10 jours).',
    path: ['secondReminderDays'],
  })
  .describe('Réglages du site');

export type SettingsData = z.output<typeof settingsSchema>;
