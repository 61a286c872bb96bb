/**
 * A form field's specification: what its zod schema and its form control both read, so a
 * label, a hint or a limit is written once (src/views/form renders it, src/lib/*-schema checks it).
 */
export interface FieldSpec {
  name: string;
  label: string;
  /** A shorter label, for the error summary and review pages. */
  shortLabel?: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'number' | 'date' | 'datetime-local';
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  min?: number;
  max?: number;
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel';
  rows?: number;
}

/** Labels for an error summary: each field's short label, else its label. */
export function summaryLabels(specs: Readonly<Record<string, FieldSpec>>): Record<string, string> {
  return Object.fromEntries(Object.values(specs).map((s) => [s.name, s.shortLabel ?? s.label]));
}
