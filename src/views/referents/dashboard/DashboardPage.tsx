/**
 * The referents' dashboard (home of their space): the figures of their départements, or of the
 * whole Région for the coordinator, for a school year or a month chosen with a plain GET form.
 */
import type { Period } from '../../../lib/period.ts';
import type { FigureDefinition, FigureKey, FigureSettings } from '../../../lib/indicators/definitions.ts';
import type { DashboardFigures } from '../../../lib/indicators/figures.ts';
import { departmentLabel } from '../../../lib/directory.ts';
import { DASHBOARD_PATH, ReferentPage, type ReferentIdentity } from '../ReferentPage.tsx';
import { frenchDate } from '../applications.ts';
import { AnimationSection } from './AnimationSection.tsx';
import { MinistagesSection } from './MinistagesSection.tsx';
import { EquitySection } from './EquitySection.tsx';
import { NetworkSection } from './NetworkSection.tsx';
import { OutcomesSection } from './OutcomesSection.tsx';
import { RequestsSection } from './RequestsSection.tsx';
import { SupplyDemandSection } from './SupplyDemandSection.tsx';

export interface DashboardProps {
  referent: ReferentIdentity;
  /** The départements the referent may see (all the Région's for the coordinator). */
  scope: readonly string[];
  coordinator: boolean;
  period: Period;
  /** The département chosen within the scope, if any. */
  department: string | undefined;
  choices: { schoolYears: readonly Period[]; months: readonly Period[] };
  figures: DashboardFigures;
  definitions: Record<FigureKey, FigureDefinition>;
  settings: FigureSettings;
}

function Chooser({ scope, period, department, choices }: Pick<DashboardProps, 'scope' | 'period' | 'department' | 'choices'>) {
  const year =
    period.kind === 'school_year' ? period.key : choices.schoolYears.find((y) => y.start <= period.start && period.start < y.end)?.key;
  return (
    <form method="get" action={DASHBOARD_PATH} className="form">
      <div className="field">
        <label htmlFor="periode">Période</label>
        <select id="periode" name="periode" defaultValue={period.key}>
          <optgroup label="Années scolaires (1er septembre – 31 août)">
            {choices.schoolYears.map((y) => (
              <option key={y.key} value={y.key}>
                {`Année scolaire ${y.key}`}
              </option>
            ))}
          </optgroup>
          <optgroup label={`Mois de l’année scolaire ${year ?? ''}`}>
            {choices.months.map((m) => (
              <option key={m.key} value={m.key}>
                {m.label}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      {scope.length > 1 && (
        <div className="field">
          <label htmlFor="departement">Département</label>
          <select id="departement" name="departement" defaultValue={department ?? ''}>
            <option value="">Tous mes départements</option>
            {scope.map((code) => (
              <option key={code} value={code}>
                {departmentLabel(code)}
              </option>
            ))}
          </select>
        </div>
      )}
      <button className="button" type="submit">
        Afficher
      </button>
    </form>
  );
}

export function DashboardPage(props: DashboardProps) {
  const { referent, scope, coordinator, period, department, figures, definitions, settings } = props;
  const shown = department ? [department] : scope;
  const where =
    coordinator && !department
      ? 'de toute la Région'
      : `du département${shown.length > 1 ? 's' : ''} ${shown.map(departmentLabel).join(', ')}`;
  // A past period is described on its last day; the current one as of now.
  const asOf = figures.asOf.getTime() === period.end.getTime() ? new Date(period.end.getTime() - 1) : figures.asOf;
  const several = shown.length > 1;
  return (
    <ReferentPage title="Tableau de bord" referent={referent}>
      <div className="dashboard">
        <p>
          {`Chiffres ${where}, ${period.kind === 'school_year' ? 'pour l’' : 'pour '}${period.label}, données au ${frenchDate(asOf)}. `}
          Les demandes comptent dans le département de l’intervention ; les ambassadeurs dans leur département de rattachement.
        </p>
        <Chooser {...props} />
        <NetworkSection
          network={figures.network}
          applications={figures.applications}
          definitions={definitions}
          severalDepartments={several}
        />
        <RequestsSection
          flow={figures.flow}
          needs={figures.needs}
          definitions={definitions}
          settings={settings}
          severalDepartments={several}
        />
        <SupplyDemandSection supplyDemand={figures.supplyDemand} sent={figures.flow.sent} definitions={definitions} />
        <OutcomesSection outcomes={figures.outcomes} definitions={definitions} severalDepartments={several} />
        <MinistagesSection ministages={figures.ministages} definition={definitions.ministages} />
        <EquitySection equity={figures.equity} definitions={definitions} />
        <AnimationSection animation={figures.animation} definitions={definitions} />
      </div>
    </ReferentPage>
  );
}
