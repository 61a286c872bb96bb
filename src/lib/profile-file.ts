/** A public profile as the YAML file the CMS, the generator and the workflows all write. */
import { stringify } from 'yaml';
import type { AmbassadorData } from './schemas.ts';

export function profileYaml(data: AmbassadorData): string {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const confirmed = data.companyConfirmedAt ? { companyConfirmedAt: day(data.companyConfirmedAt) } : {};
  return stringify({ ...data, ...confirmed, createdAt: day(data.createdAt), updatedAt: day(data.updatedAt) }, { lineWidth: 0 });
}
