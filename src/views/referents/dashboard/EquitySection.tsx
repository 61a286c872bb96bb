/** Equity: by declared sex (19) and the evaluation table, in requests and distinct requesters (20). */
import type { FigureDefinition, FigureKey } from '../../../lib/indicators/definitions.ts';
import type { EquityFigures } from '../../../lib/indicators/figures.ts';
import { frenchNumber } from '../../../lib/indicators/format.ts';
import { AGE_BRACKETS, SEXES, SITUATIONS, UNKNOWN } from '../../../lib/indicators/vocabularies.ts';
import { LEVELS, PUBLICS } from '../../../lib/vocabularies.ts';
import { Figure, Part, Scroll, nameOf } from './parts.tsx';

type Cell = EquityFigures['evaluation'][number];

const SEX_ROWS: Record<string, string> = { ...SEXES, group: 'Établissements et structures (sexe non demandé)' };

/** The codes of a vocabulary, then « non précisé » and any code it does not know, when they occur. */
function keysOf(vocabulary: Readonly<Record<string, string>>, occurring: readonly (string | null)[]): string[] {
  const extra = [...new Set(occurring.filter((k): k is string => k !== null && !(k in vocabulary)))].sort((a, b) =>
    a === UNKNOWN ? 1 : b === UNKNOWN ? -1 : a.localeCompare(b),
  );
  return [...Object.keys(vocabulary), ...extra];
}

function EvaluationTable({ caption, cells, sex }: { caption: string; cells: readonly Cell[]; sex: string | null }) {
  const own = cells.filter((c) => c.sex === sex);
  const ages = keysOf(
    AGE_BRACKETS,
    cells.map((c) => c.age),
  );
  const situations = keysOf(
    SITUATIONS,
    cells.map((c) => c.situation),
  );
  const at = (age: string | null, situation: string | null) => own.find((c) => c.age === age && c.situation === situation);
  const text = (cell: Cell | undefined) => (cell ? `${frenchNumber(cell.requests)} (${frenchNumber(cell.requesters)})` : '0');
  return (
    <Scroll label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Âge</th>
            {situations.map((s) => (
              <th key={s} scope="col">
                {nameOf(SITUATIONS, s)}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {[...ages, null].map((age) => (
            <tr key={age ?? 'total'}>
              <th scope="row">{age === null ? 'Total' : nameOf(AGE_BRACKETS, age)}</th>
              {[...situations, null].map((situation) => (
                <td key={situation ?? 'total'}>{text(at(age, situation))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

export function EquitySection({ equity, definitions }: { equity: EquityFigures; definitions: Record<FigureKey, FigureDefinition> }) {
  const { evaluation, groups } = equity;
  const sexes = keysOf(
    SEXES,
    evaluation.map((c) => c.sex),
  );
  return (
    <Part id="equite" title="Équité et évaluation">
      <Figure id="sexe" definition={definitions.sex}>
        <Scroll label="Demandes et jeunes rencontrés selon le sexe déclaré">
          <table>
            <caption>Demandes et jeunes rencontrés selon le sexe déclaré</caption>
            <thead>
              <tr>
                <th scope="col">Sexe déclaré</th>
                <th scope="col">Demandes envoyées</th>
                <th scope="col">Jeunes rencontrés</th>
              </tr>
            </thead>
            <tbody>
              {equity.bySex.map((s) => (
                <tr key={s.key}>
                  <th scope="row">{nameOf(SEX_ROWS, s.key)}</th>
                  <td>{frenchNumber(s.requests)}</td>
                  <td>{frenchNumber(s.young)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      </Figure>
      <Figure id="evaluation" definition={definitions.evaluation}>
        <p>Dans chaque case : le nombre de demandes, puis entre parenthèses le nombre de personnes distinctes.</p>
        <EvaluationTable
          caption="Demandes de particuliers (personnes distinctes) par âge et situation, ensemble"
          cells={evaluation}
          sex={null}
        />
        {sexes.map((sex) => (
          <details key={sex}>
            <summary>{`${nameOf(SEXES, sex)} : même tableau`}</summary>
            <EvaluationTable
              caption={`Demandes de particuliers (personnes distinctes) par âge et situation : ${nameOf(SEXES, sex).toLowerCase()}`}
              cells={evaluation}
              sex={sex}
            />
          </details>
        ))}
        <Scroll label="Demandes d’établissements et de structures par public et niveau">
          <table>
            <caption>Demandes d’établissements et de structures par public et niveau</caption>
            <thead>
              <tr>
                <th scope="col">Public</th>
                <th scope="col">Niveau</th>
                <th scope="col">Demandes</th>
                <th scope="col">Demandeurs distincts</th>
                <th scope="col">Participants annoncés</th>
              </tr>
            </thead>
            <tbody>
              {groups.length === 0 && (
                <tr>
                  <td colSpan={5}>Aucune demande d’établissement ou de structure dans la période.</td>
                </tr>
              )}
              {groups.map((g) => (
                <tr key={`${g.public} ${g.level ?? ''}`}>
                  <th scope="row">{nameOf(PUBLICS, g.public)}</th>
                  <td>{nameOf(LEVELS, g.level)}</td>
                  <td>{frenchNumber(g.requests)}</td>
                  <td>{frenchNumber(g.requesters)}</td>
                  <td>{frenchNumber(g.participants)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      </Figure>
    </Part>
  );
}
