/** French labels of the codes the exports show: the vocabularies' own, a code kept as is when unknown. */
import { labelOf } from '../../views/referents/applications.ts';
import { LEVELS } from '../../lib/vocabularies.ts';

export { AGE_BRACKETS, SEXES, SITUATIONS } from '../../lib/vocabularies.ts';

/** The label of a code (the code itself when unknown), empty for none. */
export const label = (vocabulary: Readonly<Record<string, string>>, code: string | null) =>
  code === null ? '' : labelOf(vocabulary, code);

/** A level is a list key since issue E; an older free text is never exported (it could hold anything). */
export const levelLabel = (code: string | null) =>
  code !== null && Object.hasOwn(LEVELS, code) ? LEVELS[code as keyof typeof LEVELS] : '';
