/**
 * The call for ambassadors in tests: an events folder in a throw-away repository (the content
 * writer's root), the workflow's collaborators over it, and what tests read back (invitations,
 * the event's file, the calendar file attached to a mail).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify, parse } from 'yaml';
import type { Clock } from '../../src/server/clock.ts';
import { fileSystemWriter } from '../../src/server/content/writer.ts';
import type { Db, Queryable } from '../../src/server/db.ts';
import { eventPath, readEvents } from '../../src/server/events.ts';
import type { Referent } from '../../src/server/referents.ts';
import { openSession } from '../../src/server/sessions.ts';
import type { EventCallDeps } from '../../src/server/workflows/event-call/deps.ts';
import { makeReferents, makeSettings } from '../fixtures.ts';
import { SITE } from './http.ts';

export const EVENT_ID = 'forum-des-metiers-de-lille';

/** An event of the Nord as an editor writes it: Friday 20 November 2026 in Lille, `places` places. */
export function eventFile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Forum des métiers de Lille',
    type: 'forum',
    start: '2026-11-20T09:00',
    end: '2026-11-20T17:00',
    address: 'Lille Grand Palais, 1 boulevard des Cités Unies',
    commune: '59350',
    publics: ['middle_school', 'high_school'],
    description: 'Une journée pour découvrir les métiers.\n\nLes classes viennent par demi-journée.\n',
    ambassadorPlaces: 2,
    department: '59',
    ...overrides,
  };
}

export interface EventCallWorld {
  root: string;
  deps: EventCallDeps & { referents: Referent[] };
  /** Rereads the events folder (as a new deploy would bundle it). */
  reload(): void;
  /** The event's file as the content writer left it. */
  file(id?: string): Record<string, unknown> & { confirmedAmbassadors?: string[] };
  fileText(id?: string): string;
}

/** A repository with the given event files (id → data), and the collaborators of the call over it. */
export function eventCallWorld(
  db: Db,
  clock: Clock,
  files: Record<string, Record<string, unknown>> = { [EVENT_ID]: eventFile() },
): EventCallWorld {
  const root = mkdtempSync(join(tmpdir(), 'appel-'));
  const dir = join(root, 'src/content/events');
  mkdirSync(dir, { recursive: true });
  for (const [id, data] of Object.entries(files)) writeFileSync(join(dir, `${id}.yaml`), stringify(data));
  const settings = makeSettings();
  const coordinator: Referent = {
    name: 'Anne R.',
    role: 'Coordinatrice régionale',
    email: 'anne@example.org',
    phone: '03 99 10 20 30',
    departments: ['80'],
    coordinator: true,
    order: 0,
  };
  const deps = {
    db,
    clock,
    settings,
    siteUrl: SITE,
    content: fileSystemWriter(root),
    events: readEvents(dir, settings),
    referents: [...makeReferents(), coordinator],
  };
  const fileText = (id = EVENT_ID) => readFileSync(join(root, eventPath(id)), 'utf8');
  return {
    root,
    deps,
    reload: () => {
      deps.events = readEvents(dir, settings);
    },
    fileText,
    file: (id = EVENT_ID) => parse(fileText(id)),
  };
}

export interface InvitationState {
  email: string;
  status: string;
  answered_at: Date | null;
  answer_order: string | null;
  confirmed_at: Date | null;
  reminded_at: Date | null;
  ref: string;
}

export async function invitations(db: Queryable, eventId = EVENT_ID): Promise<InvitationState[]> {
  return db.query<InvitationState>(
    `SELECT a.email, i.status, i.answered_at, i.answer_order, i.confirmed_at, i.reminded_at, m.department || '/' || m.slug AS ref
     FROM event_invitations i JOIN ambassadors m ON m.id = i.ambassador_id JOIN applications a ON a.id = m.id
     WHERE i.event_id = $1 ORDER BY a.email`,
    [eventId],
  );
}

/** A signed-in referent's cookie for the referents' functions. */
export async function referentCookie(db: Queryable, clock: Clock, email: string): Promise<string> {
  const value = await openSession(db, clock, { kind: 'referent', subject: email, lifetimeMs: 3_600_000 });
  return `session_referent=${value}`;
}

/** The calendar file attached to a mail of the outbox, decoded. */
export async function attachedCalendar(db: Queryable, recipient: string, template: string): Promise<string> {
  const [row] = await db.query<{ attachments: { content: string; filename: string; contentType: string }[] | null }>(
    'SELECT attachments FROM outbox WHERE recipient = $1 AND template = $2 ORDER BY seq DESC LIMIT 1',
    [recipient, template],
  );
  const file = row?.attachments?.[0];
  if (!file) throw new Error(`Pas de fichier joint au courriel ${template} de ${recipient}`);
  return Buffer.from(file.content, 'base64').toString('utf8');
}

/** The answer (or participation) token in a mail's text: the same token for the yes and the no links. */
export function linkIn(text: string, path: string): string {
  const match = new RegExp(`${path.replace(/\//g, '\\/')}\\?jeton=([\\w-]+)`).exec(text);
  if (!match) throw new Error(`Pas de lien ${path} dans le courriel`);
  return match[1]!;
}
