/**
 * A small iCalendar (RFC 5545) reader for tests: checks the line endings, unfolds, and returns
 * the components with their properties (text values unescaped). Throws on what a calendar
 * application would refuse (a line without a name, BEGIN and END that do not match).
 */

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

export function parseIcs(text: string): IcsComponent {
  if (!text.endsWith('\r\n')) throw new Error('Le calendrier doit finir par CRLF');
  if (/[^\r]\n/.test(text)) throw new Error('Fin de ligne sans CR');
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const stack: IcsComponent[] = [{ name: '', properties: [], components: [] }];
  for (const line of lines) {
    const match = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!match) throw new Error(`Ligne illisible : ${line}`);
    const [, name, rawParams, value] = match as unknown as [string, string, string, string];
    if (name === 'BEGIN') {
      const component = { name: value, properties: [], components: [] };
      stack.at(-1)!.components.push(component);
      stack.push(component);
    } else if (name === 'END') {
      if (stack.length < 2 || stack.at(-1)!.name !== value) throw new Error(`END:${value} sans BEGIN correspondant`);
      stack.pop();
    } else {
      const params = Object.fromEntries(
        rawParams
          .split(';')
          .filter(Boolean)
          .map((p) => p.split('=') as [string, string]),
      );
      stack.at(-1)!.properties.push({ name, params, value: unescapeText(value) });
    }
  }
  if (stack.length !== 1 || stack[0]!.components.length !== 1) throw new Error('Un seul VCALENDAR complet attendu');
  return stack[0]!.components[0]!;
}

/** The value of the property `name` (throws when absent). */
export function propertyOf(component: IcsComponent, name: string): string {
  const property = component.properties.find((p) => p.name === name);
  if (!property) throw new Error(`${component.name} sans ${name}`);
  return property.value;
}

/** "20270121T080000Z" → the instant. */
export function icsInstant(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) throw new Error(`Date UTC attendue : ${value}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}
