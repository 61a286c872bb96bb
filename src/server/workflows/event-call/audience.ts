/**
 * Whom a referent invites to an event: published ambassadors, not paused, whose home département
 * is in the referent's territory (all of it, or the départements ticked), of the sectors and types
 * ticked (none ticked: all), and not yet invited to this event.
 */
import { z } from 'astro/zod';
import type { Queryable } from '../../db.ts';
import { fieldErrors } from '../../../lib/application.ts';
import { AUDIENCE_FIELDS } from '../../../lib/forms/event-call.ts';
import { AMBASSADOR_TYPES, SECTORS } from '../../../lib/vocabularies.ts';

export interface Audience {
  sectors: string[];
  types: string[];
  /** Never empty: the départements chosen, or the whole territory. */
  departments: string[];
}

const codes = (allowed: readonly string[], message: string) =>
  z
    .array(z.string(), { error: message })
    .default([])
    .refine((values) => values.every((v) => allowed.includes(v)), { error: message })
    .transform((values) => [...new Set(values)]);

/** The audience from the form or the address; a French message by field otherwise. `scope`: the referent's départements. */
export function parseAudience(
  input: Record<string, unknown>,
  scope: readonly string[],
): { ok: true; audience: Audience } | { ok: false; errors: Record<string, string> } {
  const schema = z.object({
    [AUDIENCE_FIELDS.sectors.name]: codes(Object.keys(SECTORS), 'Secteurs : choisissez parmi les secteurs proposés.'),
    [AUDIENCE_FIELDS.types.name]: codes(Object.keys(AMBASSADOR_TYPES), 'Types d’ambassadeurs : choisissez parmi les types proposés.'),
    [AUDIENCE_FIELDS.departments.name]: codes(
      scope,
      `Départements : vous pouvez inviter les ambassadeurs de vos départements seulement (${scope.join(', ')}).`,
    ),
  });
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const chosen = parsed.data[AUDIENCE_FIELDS.departments.name]!;
  return {
    ok: true,
    audience: {
      sectors: parsed.data[AUDIENCE_FIELDS.sectors.name]!,
      types: parsed.data[AUDIENCE_FIELDS.types.name]!,
      departments: chosen.length > 0 ? chosen : [...scope],
    },
  };
}

/**
 * SQL over `ambassadors m`: the audience of event $1 among ambassadors; $2 départements, $3 sectors,
 * $4 types. An invitation is animation mail: those who refused it are not counted, nor invited.
 */
const MATCHING = `NOT m.paused AND m.animation_opt_out_at IS NULL AND m.department = ANY($2::text[])
  AND (cardinality($3::text[]) = 0 OR m.public->>'sector' = ANY($3::text[]))
  AND (cardinality($4::text[]) = 0 OR m.public->>'type' = ANY($4::text[]))
  AND NOT EXISTS (SELECT 1 FROM event_invitations i WHERE i.event_id = $1 AND i.ambassador_id = m.id)`;

const params = (eventId: string, a: Audience) => [eventId, a.departments, a.sectors, a.types];

export async function countAudience(db: Queryable, eventId: string, audience: Audience): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ambassadors m WHERE ${MATCHING}`, params(eventId, audience));
  return row!.n;
}

export interface Invited {
  id: string;
  ambassadorId: string;
  email: string;
  displayName: string;
  department: string;
}

/** Invites the audience (those already invited meanwhile are skipped); the new invitations with their ambassador's address. */
export async function insertInvitations(
  tx: Queryable,
  eventId: string,
  audience: Audience,
  by: { referent: string; at: Date },
): Promise<Invited[]> {
  return tx.query<Invited>(
    `WITH invited AS (
       INSERT INTO event_invitations (event_id, ambassador_id, invited_by, invited_at)
       SELECT $1, m.id, $5, $6 FROM ambassadors m WHERE ${MATCHING}
       ON CONFLICT (event_id, ambassador_id) DO NOTHING
       RETURNING id, ambassador_id)
     SELECT i.id, m.id AS "ambassadorId", a.email, m.public->>'displayName' AS "displayName", m.department
     FROM invited i JOIN ambassadors m ON m.id = i.ambassador_id JOIN applications a ON a.id = m.id
     ORDER BY m.department, m.slug`,
    [...params(eventId, audience), by.referent, by.at],
  );
}
