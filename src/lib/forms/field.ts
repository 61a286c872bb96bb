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

/** How a field is named in its French messages and the error summary: its short label, else its label. */
export const shortLabelOf = (spec: Pick<FieldSpec, 'label' | 'shortLabel'>) => spec.shortLabel ?? spec.label;

/** Labels for an error summary, by field name. */
export function summaryLabels(specs: Readonly<Record<string, FieldSpec>>): Record<string, string> {
  return Object.fromEntries(Object.values(specs).map((s) => [s.name, shortLabelOf(s)]));
}

/** What a schema needs of a text field: its limits and the name its messages use. */
export const textLimits = (spec: Pick<FieldSpec, 'label' | 'shortLabel'> & { minLength: number; maxLength: number }) =>
  [spec.minLength, spec.maxLength, shortLabelOf(spec)] as const;

/** A number as French messages write it: "2 000". */
export const frenchNumber = (n: number): string => n.toString().replace(/\B(?=(\d{3})+$)/g, ' ');
