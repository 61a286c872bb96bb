/** What the referents' pages show of an application (the workflow's ApplicationToReview fits it). */
export interface ApplicationView {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  meetsMinors: boolean;
  confirmedAt: Date;
  communeName: string;
  department: string;
  /** The zone of intervention in words (issue 11); absent in older callers. */
  zoneText?: string;
  profile: {
    type: string;
    sector: string;
    displayName: string;
    jobTitle: string;
    organisation?: string | undefined;
    /** Issue 11: a company's SIRET and size band, a person's company (id of its profile). */
    siret?: string | undefined;
    sizeBand?: string | undefined;
    company?: string | undefined;
    presentation: string;
    careerPath: string;
    interventions: readonly string[];
    publics: readonly string[];
    position?: string | undefined;
  };
}

export const frenchDate = (date: Date) => date.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });
export const labelOf = (vocabulary: Readonly<Record<string, string>>, code: string) => vocabulary[code] ?? code;
export const reviewPath = (id: string) => `/api/referents/candidature?id=${encodeURIComponent(id)}`;
