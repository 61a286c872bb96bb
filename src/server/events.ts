/**
 * The agenda's events, as the functions see them: the events content files (bundled with the
 * functions through `included_files`), read and checked once with the site's own schema and checks.
 * `listed` keeps the confirmed ambassadors written in the file (by the call for ambassadors, or
 * by an editor in the CMS), as ids `<département>/<slug>`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { eventSchema, toEvents, type EventEntry, type NetworkEvent } from '../lib/events.ts';
import type { SettingsData } from '../lib/schemas.ts';
import { loadSettings } from './settings.ts';

export interface CallEvent extends NetworkEvent {
  listed: readonly string[];
}

/** Where an event's file lives, relative to the repository (the content writer's paths). */
export const eventPath = (id: string) => `src/content/events/${id}.yaml`;

let cached: CallEvent[] | undefined;

export function loadEvents(dir = join(process.cwd(), 'src/content/events'), settings: SettingsData = loadSettings()): CallEvent[] {
  cached ??= readEvents(dir, settings);
  return cached;
}

/** Reads every event file of `dir` (no cache: tests give their own folder). */
export function readEvents(dir: string, settings: SettingsData): CallEvent[] {
  const entries: EventEntry[] = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      filePath: eventPath(f.replace(/\.yaml$/, '')),
      data: eventSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))),
    }));
  const listed = new Map(entries.map((e) => [e.id, e.data.confirmedAmbassadors ?? []]));
  // The profiles are not read here: the call knows its ambassadors from the database.
  return toEvents(entries, settings, []).map((event) => ({ ...event, listed: listed.get(event.id) ?? [] }));
}
