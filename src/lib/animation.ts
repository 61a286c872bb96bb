/**
 * Animation mail (issue F, part 2): what the network sends its ambassadors besides their
 * requests (a referent's message, a news item, the end-of-year thanks, advice to those never
 * solicited, an invitation to an event). Every such mail can be refused with one click; request mail never can.
 * Browser-safe: the vocabulary and the schema of the referents' form.
 */
import { z } from 'astro/zod';
import { blankAsMissing } from './fields.ts';
import { shortLabelOf } from './forms/field.ts';
import { ANIMATION_FIELDS as F } from './forms/animation.ts';
import { AMBASSADOR_TYPES, SECTORS, codesOf, type Vocabulary } from './vocabularies.ts';

/** Kinds of animation mailing, as the dashboard names them. */
export const ANIMATION_KINDS = {
  message: 'Message d’un référent',
  news: 'Actualité envoyée par un référent',
  thanks: 'Remerciements de fin d’année scolaire',
  nudge: 'Conseils aux ambassadeurs jamais sollicités',
  event_invitation: 'Invitation à un événement (appel aux ambassadeurs)',
} as const;
export type AnimationKind = keyof typeof ANIMATION_KINDS;

const text = (spec: { label: string; shortLabel?: string; minLength: number; maxLength: number }) => {
  const what = shortLabelOf(spec);
  return z
    .string({ error: `${what} : champ obligatoire.` })
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, { error: `${what} : champ obligatoire.` })
        .min(spec.minLength, { error: `${what} : ${spec.minLength} caractères au moins.` })
        .max(spec.maxLength, { error: `${what} : ${spec.maxLength} caractères au plus.` }),
    );
};

/** A list of codes of `vocabulary` (none: every code). */
const codes = <V extends Vocabulary>(vocabulary: V, spec: { label: string; shortLabel?: string }) =>
  z
    .array(z.enum(codesOf(vocabulary), { error: `${shortLabelOf(spec)} : choisissez dans la liste.` }), {
      error: `${shortLabelOf(spec)} : choisissez dans la liste.`,
    })
    .default([]);

const DEPARTMENT = /^(?:\d{2}|2[AB]|97\d)$/;

/** Which published ambassadors receive a mailing. */
export const audienceSchema = z.object({
  departments: z
    .array(z.string().regex(DEPARTMENT, { error: `${shortLabelOf(F.departments)} : choisissez dans la liste.` }), {
      error: `${shortLabelOf(F.departments)} : choisissez au moins un département.`,
    })
    .min(1, { error: `${shortLabelOf(F.departments)} : choisissez au moins un département.` }),
  sectors: codes(SECTORS, F.sectors),
  types: codes(AMBASSADOR_TYPES, F.types),
  neverSolicited: blankAsMissing(z.literal('oui', { error: `${shortLabelOf(F.neverSolicited)} : case à cocher.` }).optional()).transform(
    (v) => v === 'oui',
  ),
});
export type Audience = z.output<typeof audienceSchema>;

/** A message as the referent writes it (subject, paragraphs), with the link of a news item if it is one. */
export const messageSchema = z.object({
  subject: text(F.subject).refine((s) => !/\n/.test(s), { error: `${shortLabelOf(F.subject)} : une seule ligne.` }),
  body: text(F.body),
  /** The news item's page, when the message is a news item (see newsDraft). */
  newsUrl: blankAsMissing(z.url({ error: 'Actualité : adresse invalide. Repartez de la page de l’actualité.' }).max(500).optional()),
});

/** The whole form: the message and its recipients. Unknown fields are ignored (the form's step, its count). */
export const animationFormSchema = messageSchema.extend(audienceSchema.shape);
export type AnimationForm = z.output<typeof animationFormSchema>;

/** The paragraphs of a plain text: separated by an empty line; line breaks inside a paragraph stay. */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean);
}

/** A news item as the news collection gives it (issue F, part 1), reduced to what a mail needs. */
export interface NewsItem {
  title: string;
  summary: string;
  /** The item's public page. */
  url: string;
}

/** The message a news item becomes: its title as subject, its summary, and its page as link. */
export function newsDraft(news: NewsItem): { subject: string; body: string; newsUrl: string } {
  return { subject: news.title.replace(/\s+/g, ' ').trim(), body: news.summary.trim(), newsUrl: news.url };
}
