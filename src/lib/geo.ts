/**
 * French administrative divisions, from @etalab/decoupage-administratif (official COG data).
 * Server-side only: the communes file is 8 MB, it is read once and indexed by code.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Commune {
  code: string;
  name: string;
  department: string;
  region: string;
  postalCodes: string[];
}

export interface Department {
  code: string;
  name: string;
  region: string;
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region: string;
  codesPostaux?: string[];
}
interface RawDepartment {
  code: string;
  nom: string;
  region: string;
}

let communesByCode: Map<string, Commune> | undefined;
let departmentsByCode: Map<string, Department> | undefined;

function communes(): Map<string, Commune> {
  if (!communesByCode) {
    const raw = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[];
    communesByCode = new Map();
    for (const c of raw) {
      if (c.type !== 'commune-actuelle') continue;
      communesByCode.set(c.code, {
        code: c.code,
        name: c.nom,
        department: c.departement,
        region: c.region,
        postalCodes: c.codesPostaux ?? [],
      });
    }
  }
  return communesByCode;
}

function departments(): Map<string, Department> {
  if (!departmentsByCode) {
    const raw = require('@etalab/decoupage-administratif/data/departements.json') as RawDepartment[];
    departmentsByCode = new Map(raw.map((d) => [d.code, { code: d.code, name: d.nom, region: d.region }]));
  }
  return departmentsByCode;
}

export function findCommune(code: string): Commune | undefined {
  return communes().get(code);
}

export function findDepartment(code: string): Department | undefined {
  return departments().get(code);
}

export function allDepartments(): Department[] {
  return [...departments().values()];
}

/** All current communes of the given départements (used by the demo generator). */
export function communesOfDepartments(codes: readonly string[]): Commune[] {
  const wanted = new Set(codes);
  return [...communes().values()].filter((c) => wanted.has(c.department));
}

const simplify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Finds communes from what a person typed without the autocompletion, e.g. "Lille",
 * "59000 Lille" or "Saint-Omer 62500", among the given départements.
 */
export function searchCommunes(text: string, departments: readonly string[]): Commune[] {
  const postalCode = /\b\d{5}\b/.exec(text)?.[0];
  const name = simplify(text.replace(/\b\d{5}\b/, ''));
  if (!name && !postalCode) return [];
  const wanted = new Set(departments);
  return [...communes().values()].filter(
    (c) => wanted.has(c.department) && (!name || simplify(c.name) === name) && (!postalCode || c.postalCodes.includes(postalCode)),
  );
}
