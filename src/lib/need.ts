/**
 * A need (« Je ne sais pas qui solliciter », issue F part 4): a requester describes what they
 * need once, without choosing an ambassador, and it is sent to up to `NEED_INVITATIONS`
 * available ambassadors who match; the first to accept wins. The form asks what a request asks
 * (src/lib/request.ts, same rules), plus a sector or a job.
 */
import { z } from 'astro/zod';
import { blankAsMissing, isPlainName, plainNameMessage } from './fields.ts';
import { shortLabelOf } from './forms/field.ts';
import { NEED_FIELDS as N } from './forms/need.ts';
import { requestFields, requestRules, unknownFieldsMessage } from './request.ts';
import { SECTORS, codesOf } from './vocabularies.ts';

/** How many ambassadors a need is sent to, at most. */
export const NEED_INVITATIONS = 5;

/** W2 for a need: sent once its address is confirmed, then filled by the first acceptance or left unfilled. */
export const NEED_STATUSES = {
  awaiting_requester_confirmation: 'En attente de la confirmation du demandeur',
  sent: 'Envoyé aux ambassadeurs, en attente d’une acceptation',
  filled: 'Pourvu',
  unfilled: 'Non pourvu',
} as const;
export type NeedStatus = keyof typeof NEED_STATUSES;

/** What an invited ambassador reads once another one took the need: on their link, and when their acceptance comes second. */
export const NEED_FILLED_MESSAGE =
  'Ce besoin a été pourvu par un autre ambassadeur : vous n’avez plus rien à faire. Merci d’avoir été disponible !';

/** What an invited ambassador reads while the need is open. */
export const needOpenMessage = (invited: number) =>
  invited >= 2
    ? `Ce besoin est proposé à ${invited} ambassadeurs disponibles : le premier qui accepte un créneau assure l’intervention.`
    : 'Ce besoin vous est proposé : acceptez un créneau pour assurer l’intervention.';

const job = z
  .string({ error: `${shortLabelOf(N.job)} : texte attendu.` })
  .trim()
  .min(N.job.minLength, { error: `${shortLabelOf(N.job)} : ${N.job.minLength} caractères au moins.` })
  .max(N.job.maxLength, { error: `${shortLabelOf(N.job)} : ${N.job.maxLength} caractères au plus.` })
  .refine(isPlainName, plainNameMessage(shortLabelOf(N.job)));

export const needSchema = z
  .strictObject(
    {
      ...requestFields,
      sector: blankAsMissing(
        z.enum(codesOf(SECTORS), { error: `${shortLabelOf(N.sector)} : choisissez un secteur dans la liste.` }).optional(),
      ),
      job: blankAsMissing(job.optional()),
    },
    unknownFieldsMessage,
  )
  .superRefine((r, ctx) => {
    requestRules(r, ctx);
    if (!r.sector && !r.job)
      ctx.addIssue({
        code: 'custom',
        path: ['sector'],
        message: `${shortLabelOf(N.sector)} : choisissez un secteur ou écrivez un métier, pour que le besoin aille aux bons ambassadeurs.`,
      });
  });

export type NeedInput = z.output<typeof needSchema>;
