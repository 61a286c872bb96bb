/** What a form field holds when a page is sent back: what was posted, else what is recorded. */
export interface FieldValues {
  text(name: string): string;
  list(name: string): readonly string[];
}

/** Reads a posted form (strings and lists of strings), falling back on recorded values. */
export function postedValues(posted: Readonly<Record<string, unknown>>, recorded: Readonly<Record<string, unknown>> = {}): FieldValues {
  const pick = (name: string) => (name in posted ? posted[name] : recorded[name]);
  return {
    text: (name) => {
      const value = pick(name);
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    },
    list: (name) => {
      const value = pick(name);
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    },
  };
}
