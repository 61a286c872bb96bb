/**
 * What remains of a request once its purpose is over (the ambassador left, or the retention
 * period ran out): the facts the network's figures count (dates, status, vocabulary codes
 * including the level and the requester's situation, sex and age bracket, département, counts,
 * scores, the pseudonymous requester) and nothing personal: no name, address, free text,
 * message, UAI-to-person link, commune, slot or link.
 */
import type { Queryable } from '../db.ts';
import { LEVELS, codesOf } from '../../lib/vocabularies.ts';

/** Anonymises the requests `where` selects (SQL on `requests`, $1… are `params`); returns their ids. */
export async function anonymiseRequests(tx: Queryable, at: Date, where: string, params: unknown[]): Promise<string[]> {
  // The level is a code of LEVELS since issue E and is kept; a level typed freely before then is free text.
  const rows = await tx.query<{ id: string }>(
    `UPDATE requests SET requester_name = NULL, requester_email = NULL, requester_role = NULL, organisation_name = NULL, uai = NULL, requester_commune = NULL,
       level = CASE WHEN level = ANY($${params.length + 2}::text[]) THEN level END,
       accompanied_by = NULL, message = NULL, slots = '[]'::jsonb, requester_slots = '[]'::jsonb,
       anonymised_at = $${params.length + 1}
     WHERE anonymised_at IS NULL AND (${where}) RETURNING id`,
    [...params, at, codesOf(LEVELS)],
  );
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return ids;
  await tx.query('DELETE FROM messages WHERE request_id = ANY($1::uuid[])', [ids]);
  await tx.query('UPDATE feedback SET comment = NULL WHERE request_id = ANY($1::uuid[])', [ids]);
  // Thread and feedback links name the request in their subject ("<id>/<side>…").
  await tx.query(`DELETE FROM link_tokens WHERE split_part(subject, '/', 1) = ANY($1::text[])`, [ids]);
  return ids;
}

/**
 * What remains of a mini-stage application once its purpose is over (retention, or the company
 * left): dates, status, codes (level, agreement issuer, requester kind), département, sector,
 * the under-16 flag and the scores; no name, address, establishment, adult contact, free text
 * or link. Returns the ids of the applications `where` (SQL on `ministage_applications`) selects.
 */
export async function anonymiseMinistages(tx: Queryable, at: Date, where: string, params: unknown[]): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `UPDATE ministage_applications SET requester_name = NULL, requester_email = NULL, organisation_name = NULL, adult_name = NULL,
       adult_phone = NULL, message = NULL, answer_message = NULL, requester_comment = NULL, company_comment = NULL,
       anonymised_at = $${params.length + 1}
     WHERE anonymised_at IS NULL AND (${where}) RETURNING id`,
    [...params, at],
  );
  const ids = rows.map((r) => r.id);
  // Answer and feedback links name the application in their subject ("<id>" or "<id>/<side>").
  if (ids.length > 0) await tx.query(`DELETE FROM link_tokens WHERE split_part(subject, '/', 1) = ANY($1::text[])`, [ids]);
  return ids;
}
