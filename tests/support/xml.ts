/**
 * A strict XML reader for tests: well-formedness errors throw (sax in strict mode, with
 * namespaces), and the document comes back as a small tree. sax (a dev dependency, also
 * used by svgo through Astro) ships no types, hence the narrow interface below.
 */
import { createRequire } from 'node:module';

interface SaxParser {
  onerror: (error: Error) => void;
  onopentag: (tag: { name: string; local: string; uri: string; attributes: Record<string, { value: string }> }) => void;
  onclosetag: () => void;
  ontext: (text: string) => void;
  oncdata: (text: string) => void;
  write: (xml: string) => SaxParser;
  close: () => void;
}
const sax = createRequire(import.meta.url)('sax') as { parser: (strict: boolean, options: { xmlns: boolean }) => SaxParser };

export interface XmlElement {
  /** Local name. */
  name: string;
  /** Namespace URI. */
  ns: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside the element (entities decoded). */
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const element: XmlElement = {
      name: tag.local,
      ns: tag.uri,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([name, a]) => [name, a.value])),
      children: [],
      text: '',
    };
    if (stack.length > 0) stack.at(-1)!.children.push(element);
    else root = element;
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = parser.oncdata = (text) => {
    if (stack.length > 0) stack.at(-1)!.text += text;
  };
  parser.write(xml).close();
  if (!root) throw new Error('Document XML vide');
  return root;
}

/** The direct children called `name`. */
export const childrenOf = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
/** The first direct child called `name` (throws when there is none). */
export function childOf(element: XmlElement, name: string): XmlElement {
  const child = element.children.find((c) => c.name === name);
  if (!child) throw new Error(`<${element.name}> n'a pas d'élément <${name}>`);
  return child;
}
