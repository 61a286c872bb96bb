/**
 * The public « Chiffres clés » (issue E): the same tables, in the same neutral words, all year
 * round (a Région's communication is restricted before an election, Code électoral L.52-1), each
 * with its definition, and the method. Counts under 5 arrive as FEWER_THAN_5 and read « moins de 5 ».
 */
import type { ReactNode } from 'react';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { useSite } from '../layout/site.ts';
import { frenchNumber } from '../../lib/forms/field.ts';
import { formatParisDay } from '../../lib/paris-time.ts';
import {
  FEWER_THAN_5,
  FROM_FEWER_THAN_5,
  REGION,
  SMALL_CELL,
  type ByPlace,
  type Count,
  type PublicFigures,
  type Satisfaction,
  type Sum,
} from '../../lib/public-figures.ts';

const FEWER = `moins de ${SMALL_CELL}`;
const oneDecimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const countText = (c: Count) => (c === FEWER_THAN_5 ? FEWER : frenchNumber(c));
const youngText = (s: Sum) => (s === FROM_FEWER_THAN_5 ? `${FEWER} interventions` : countText(s));
const satisfactionText = (s: Satisfaction) =>
  s === FROM_FEWER_THAN_5 ? `${FEWER} avis` : `${oneDecimal.format(s.mean)} sur 5 (${frenchNumber(s.answers)} avis)`;

interface Column<T> {
  heading: string;
  cells: ByPlace<T>;
}

/** One figure: départements in rows, then the Région; one column per date or school year. */
function FigureTable<T>({
  id,
  caption,
  columns,
  figures,
  text,
}: {
  id: string;
  caption: string;
  columns: readonly Column<T>[];
  figures: PublicFigures;
  text: (cell: T) => string;
}) {
  const { regionName } = useSite();
  const row = (key: string, place: string) => (
    <tr key={key}>
      <th scope="row">{place}</th>
      {columns.map((column) => (
        <td key={column.heading}>{text(column.cells[key]!)}</td>
      ))}
    </tr>
  );
  return (
    // A narrow screen scrolls the table, not the page (keyboard users reach it: tabIndex).
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Département</th>
            {columns.map((column) => (
              <th scope="col" key={column.heading}>
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.departments.map((d) => row(d.code, `${d.name} (${d.code})`))}
          {row(REGION, regionName ? `Région ${regionName}` : 'Toute la Région')}
        </tbody>
      </table>
    </div>
  );
}

function Figure({ id, title, definition, children }: { id: string; title: string; definition: string; children: ReactNode }) {
  return (
    <section className="page-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{definition}</p>
      {children}
    </section>
  );
}

export function KeyFiguresPage({ figures }: { figures: PublicFigures }) {
  const day = formatParisDay(figures.at);
  const byYear = <T,>(cells: Readonly<Record<string, ByPlace<T>>>): Column<T>[] =>
    figures.years.map((y) => ({ heading: y.current ? `${y.key} (en cours)` : y.key, cells: cells[y.key]! }));
  const yearsCaption = 'par département d’intervention et par année scolaire';
  return (
    <FunctionPage
      title="Chiffres clés du réseau"
      indexed
      description="Ambassadeurs publiés, demandeurs inscrits, interventions et mini-stages réalisés, jeunes touchés et satisfaction, par département et par année scolaire."
    >
      <p>{`Données au ${day}. Les chiffres sont calculés à partir des données de la plateforme ; aucun n’est saisi à la main.`}</p>

      <Figure
        id="ambassadeurs"
        title="Ambassadeurs publiés"
        definition="Profils d’ambassadeurs publiés dans l’annuaire à la date des données, y compris ceux mis en pause, par département de rattachement de l’ambassadeur."
      >
        <FigureTable
          id="tableau-ambassadeurs"
          caption={`Ambassadeurs publiés au ${day}, par département de rattachement`}
          columns={[{ heading: 'Ambassadeurs publiés', cells: figures.ambassadors }]}
          figures={figures}
          text={countText}
        />
      </Figure>

      <Figure
        id="demandeurs"
        title="Demandeurs inscrits"
        definition="Personnes (enseignants, conseillers, jeunes, adultes) qui se sont connectées pour la première fois à leur espace « Mes demandes » pendant l’année scolaire. Une personne compte dans chaque département où elle a demandé une intervention, et une seule fois pour la Région."
      >
        <FigureTable
          id="tableau-demandeurs"
          caption={`Demandeurs inscrits, ${yearsCaption}`}
          columns={byYear(figures.requesters)}
          figures={figures}
          text={countText}
        />
      </Figure>

      <Figure
        id="interventions"
        title="Interventions réalisées"
        definition="Demandes acceptées par un ambassadeur dont l’intervention a eu lieu, comptées à la date de l’intervention et dans le département où elle s’est tenue."
      >
        <FigureTable
          id="tableau-interventions"
          caption={`Interventions réalisées, ${yearsCaption}`}
          columns={byYear(figures.interventions)}
          figures={figures}
          text={countText}
        />
      </Figure>

      <Figure
        id="mini-stages"
        title="Mini-stages réalisés"
        definition="Mini-stages de découverte (de 3 à 5 jours, pour des élèves) acceptés par une entreprise ou une structure ambassadrice et menés jusqu’à leur dernier jour, comptés à leur premier jour et dans le département de la commune de l’offre. Ils sont comptés à part des interventions."
      >
        <FigureTable
          id="tableau-mini-stages"
          caption="Mini-stages réalisés, par département de l’offre et par année scolaire"
          columns={byYear(figures.ministagesHeld)}
          figures={figures}
          text={countText}
        />
      </Figure>

      <Figure
        id="jeunes"
        title="Jeunes touchés (nombre déclaré)"
        definition="Participants des interventions réalisées : le nombre indiqué par le demandeur dans son avis, à défaut celui indiqué par l’ambassadeur, à défaut l’effectif annoncé dans la demande."
      >
        <FigureTable
          id="tableau-jeunes"
          caption={`Jeunes touchés, ${yearsCaption}`}
          columns={byYear(figures.youngReached)}
          figures={figures}
          text={youngText}
        />
      </Figure>

      <Figure
        id="satisfaction-demandeurs"
        title="Satisfaction des demandeurs"
        definition="Moyenne des notes de 1 à 5 données par les demandeurs après une intervention réalisée, avec le nombre d’avis. Les notes des ambassadeurs sont présentées à part."
      >
        <FigureTable
          id="tableau-satisfaction-demandeurs"
          caption={`Satisfaction des demandeurs (note sur 5), ${yearsCaption}`}
          columns={byYear(figures.requesterSatisfaction)}
          figures={figures}
          text={satisfactionText}
        />
      </Figure>

      <Figure
        id="satisfaction-ambassadeurs"
        title="Satisfaction des ambassadeurs"
        definition="Moyenne des notes de 1 à 5 données par les ambassadeurs après une intervention réalisée, avec le nombre d’avis. Les notes des demandeurs sont présentées à part."
      >
        <FigureTable
          id="tableau-satisfaction-ambassadeurs"
          caption={`Satisfaction des ambassadeurs (note sur 5), ${yearsCaption}`}
          columns={byYear(figures.ambassadorSatisfaction)}
          figures={figures}
          text={satisfactionText}
        />
      </Figure>

      <section className="page-section" aria-labelledby="methode">
        <h2 id="methode">Méthode</h2>
        <ul>
          <li>
            Les chiffres sont calculés automatiquement à partir des données de la plateforme, avec au plus une heure de décalage, et
            présentés sous la même forme toute l’année.
          </li>
          <li>Année scolaire : du 1er septembre au 31 août, heure de Paris. L’année en cours n’est pas terminée.</li>
          <li>
            {`Confidentialité : un nombre inférieur à ${SMALL_CELL} est affiché « ${FEWER} » ; les jeunes touchés de moins de ${SMALL_CELL} interventions et la moyenne de moins de ${SMALL_CELL} avis ne sont pas affichés non plus, afin qu’aucune personne ni aucune demande ne puisse être reconnue.`}
          </li>
          <li>
            La ligne de la Région compte aussi les demandes dont le département d’intervention n’est pas renseigné ; elle peut donc dépasser
            la somme des départements.
          </li>
          <li>
            Les demandes restent comptées après la suppression du compte d’un ambassadeur et après l’effacement des données personnelles au
            terme de leur durée de conservation.
          </li>
        </ul>
      </section>
    </FunctionPage>
  );
}
