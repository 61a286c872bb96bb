/**
 * The CMS must offer exactly what the schemas accept: same fields, same required fields,
 * same select options, lists where the schema has arrays. This test fails on any drift.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { cmsCollections, cmsConfig, type CmsCollection, type CmsField } from '../src/cms/config.ts';
import { readBuildEnv } from '../src/lib/env.ts';
import { eventSchema, parisDateTime } from '../src/lib/events.ts';
import { findDepartment } from '../src/lib/geo.ts';
import { newsSchema } from '../src/lib/news.ts';
import { calendarDay, offerSchema } from '../src/lib/offers.ts';
import {
  ambassadorSchema,
  departmentCode,
  employmentAreaSchema,
  faqSchema,
  guideSchema,
  pageSchema,
  referentSchema,
  settingsSchema,
} from '../src/lib/schemas.ts';
import { makeSettings } from './fixtures.ts';

const SCHEMAS: Record<CmsCollection['schema'], z.ZodObject> = {
  ambassadors: ambassadorSchema,
  employmentAreas: employmentAreaSchema,
  referents: referentSchema,
  guides: guideSchema,
  faq: faqSchema,
  pages: pageSchema,
  settings: settingsSchema,
  news: newsSchema,
  events: eventSchema,
  offers: offerSchema,
};
/** Collections whose files have a Markdown body edited as the `body` field. */
const WITH_BODY = new Set(['guides', 'faq', 'pages', 'news']);

interface FieldShape {
  required: boolean;
  kind: string;
  options?: string[];
}

/** What a zod field asks of the editor, read from the schema itself. */
function shapeOf(schema: z.ZodType): FieldShape {
  let current = schema;
  let required = true;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if (def.type === 'optional') required = false;
    if (def.type === 'default') required = false;
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  // Same definition = the same shared field (`.describe()` copies a schema but keeps its definition).
  if (current._zod.def === departmentCode._zod.def) return { required, kind: 'department' };
  if (current._zod.def === parisDateTime._zod.def) return { required, kind: 'parisDateTime' };
  // A calendar day "AAAA-MM-JJ" kept as a string (offers' periods): the CMS's date picker without a time.
  if (current._zod.def === calendarDay._zod.def) return { required, kind: 'date' };
  const def = current._zod.def as { type: string; element?: z.ZodType };
  if (def.type === 'enum') return { required, kind: 'enum', options: (current as z.ZodEnum).options as string[] };
  if (def.type === 'array') {
    if (def.element === departmentCode) return { required, kind: 'department[]' };
    const element = shapeOf(def.element!);
    return element.kind === 'enum' ? { required, kind: 'enum[]', options: element.options! } : { required, kind: 'list' };
  }
  return { required, kind: def.type };
}

/** The schema under its optional, default and pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The same, read from a Decap field. */
function cmsShapeOf(field: CmsField): FieldShape {
  const required = field.required !== false && field.default === undefined;
  switch (field.widget) {
    case 'select':
      if (field.options!.every((o) => findDepartment(o.value))) return { required, kind: field.multiple ? 'department[]' : 'department' };
      return { required, kind: field.multiple ? 'enum[]' : 'enum', options: field.options!.map((o) => o.value) };
    case 'list':
      return { required, kind: 'list' };
    case 'relation':
      return { required, kind: field.multiple ? 'list' : 'string' };
    case 'number':
      return { required, kind: 'number' };
    case 'datetime':
      // With a time: the Paris wall-clock string of events; without: a day, read as a date.
      return { required, kind: field.time_format === false ? 'date' : 'parisDateTime' };
    case 'object':
      return { required, kind: 'object' };
    case 'boolean':
      return { required, kind: 'boolean' };
    default:
      return { required, kind: 'string' };
  }
}

const collections = cmsCollections(makeSettings());

describe('CMS configuration against the content schemas', () => {
  it.each(collections.map((c) => [c.name, c] as const))(
    'given CMS collection %s, then its fields match the schema',
    (_name, collection) => {
      const schema = SCHEMAS[collection.schema];
      const cmsFields = collection.fields.filter((f) => !(f.name === 'body' && WITH_BODY.has(collection.schema)));
      expect(cmsFields.map((f) => f.name).sort()).toEqual(Object.keys(schema.shape).sort());
      for (const field of cmsFields) {
        const expected = shapeOf(schema.shape[field.name] as z.ZodType);
        expect({ field: field.name, ...cmsShapeOf(field) }).toEqual({ field: field.name, ...expected });
        if (field.widget === 'object') {
          const nested = (schema.shape[field.name] as z.ZodObject).shape;
          expect(field.fields!.map((f) => f.name).sort()).toEqual(Object.keys(nested).sort());
        }
        // A list of objects (an offer's periods): the same comparison, field by field, one level down.
        if (field.widget === 'list' && field.fields) {
          const element = unwrap(schema.shape[field.name] as z.ZodType)._zod.def as unknown as { element: z.ZodObject };
          const nested = element.element.shape;
          expect(field.fields.map((f) => f.name).sort()).toEqual(Object.keys(nested).sort());
          for (const sub of field.fields) {
            expect({ field: `${field.name}.${sub.name}`, ...cmsShapeOf(sub) }).toEqual({
              field: `${field.name}.${sub.name}`,
              ...shapeOf(nested[sub.name] as z.ZodType),
            });
          }
        }
      }
    },
  );

  it('given a CMS field the schema does not know, then the comparison above fails', () => {
    const drifted = { ...collections[0]!, fields: [...collections[0]!.fields, { name: 'phone', label: 'Téléphone', widget: 'string' }] };
    const names = drifted.fields.map((f) => f.name).sort();
    expect(names).not.toEqual(Object.keys(ambassadorSchema.shape).sort());
  });

  it('given the settings, then there is one ambassador collection per département, foldered by its code', () => {
    const folders = collections.filter((c) => c.schema === 'ambassadors').map((c) => c.folder);
    expect(folders).toEqual(['02', '59', '60', '62', '80'].map((d) => `src/content/ambassadors/${d}`));
  });

  it('given the production environment, then the GitHub backend is configured and our own keys are not sent to Decap', () => {
    const config = cmsConfig(
      makeSettings(),
      readBuildEnv({ CMS_GITHUB_REPO: 'region-x/ambassadeurs', CMS_OAUTH_BASE_URL: 'https://auth.example.org' }),
    );
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: 'region-x/ambassadeurs',
      branch: 'main',
      base_url: 'https://auth.example.org',
    });
    expect(config.collections.every((c) => !('schema' in c))).toBe(true);
  });
});
