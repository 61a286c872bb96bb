/** Demand and flow: requests sent (6), waiting (6), answered in time (8), outcomes (9), delays (10), escalations (11), needs filled (13). */
import type { FigureDefinition, FigureKey, FigureSettings } from '../../../lib/indicators/definitions.ts';
import type { FlowFigures, KeyCount, NeedFigures } from '../../../lib/indicators/figures.ts';
import { days, frenchNumber, percent } from '../../../lib/indicators/format.ts';
import { departmentLabel } from '../../../lib/directory.ts';
import { INTERVENTIONS, MODALITIES, PUBLICS, REQUESTER_KINDS, SECTORS } from '../../../lib/vocabularies.ts';
import { BarChart } from '../../charts/BarChart.tsx';
import { StackedBarChart } from '../../charts/StackedBarChart.tsx';
import { NeedsFigure } from './NeedsFigure.tsx';
import { CountTable, Figure, N, Part, nameOf, plural, themeName } from './parts.tsx';

const rowsOf = (counts: readonly KeyCount[], label: (key: string) => string) =>
  counts.map((c) => ({ label: label(c.key), count: c.count }));

export function RequestsSection({
  flow,
  needs,
  definitions,
  settings,
  severalDepartments,
}: {
  flow: FlowFigures;
  needs: NeedFigures;
  definitions: Record<FigureKey, FigureDefinition>;
  settings: FigureSettings;
  severalDepartments: boolean;
}) {
  const { sent, byStatus, response, escalations, open } = flow;
  const topSector = flow.bySector[0];
  const accepted = byStatus.accepted + byStatus.done;
  return (
    <Part id="demandes" title="Les demandes et leurs réponses">
      <Figure id="envoyees" definition={definitions.sent}>
        <p>
          <N n={sent} /> {sent >= 2 ? 'demandes envoyées' : 'demande envoyée'} dans la période.
        </p>
        {topSector && (
          <BarChart
            takeaway={`Le secteur le plus sollicité est « ${nameOf(SECTORS, topSector.key)} » : ${plural(topSector.count, 'demande')} sur ${frenchNumber(sent)} (${percent(topSector.count, sent)}).`}
            caption="Demandes envoyées par secteur de l’ambassadeur sollicité"
            labelHeader="Secteur"
            valueHeader="Demandes"
            bars={flow.bySector.map((s) => ({ label: nameOf(SECTORS, s.key), value: s.count }))}
          />
        )}
        <div className="figure-tables">
          <CountTable
            caption="Par type de demandeur"
            header="Demandeur"
            unit="Demandes"
            rows={rowsOf(flow.byRequesterKind, (k) => nameOf(REQUESTER_KINDS, k))}
          />
          <CountTable
            caption="Par type d’intervention"
            header="Intervention"
            unit="Demandes"
            rows={rowsOf(flow.byIntervention, (k) => nameOf(INTERVENTIONS, k))}
          />
          <CountTable caption="Par public" header="Public" unit="Demandes" rows={rowsOf(flow.byPublic, (k) => nameOf(PUBLICS, k))} />
          <CountTable
            caption="Par modalité"
            header="Modalité"
            unit="Demandes"
            rows={rowsOf(flow.byModality, (k) => nameOf(MODALITIES, k))}
          />
          <CountTable caption="Par thème transversal" header="Thème" unit="Demandes" rows={rowsOf(flow.byTheme, themeName)} />
          {severalDepartments && (
            <CountTable
              caption="Par département de l’intervention"
              header="Département"
              unit="Demandes"
              rows={rowsOf(flow.byTerritory, departmentLabel)}
            />
          )}
        </div>
      </Figure>
      <Figure id="en-attente" definition={definitions.open}>
        <CountTable
          caption="Demandes envoyées dans la période, encore en attente aujourd’hui"
          header="Attente"
          unit="Demandes"
          rows={[
            {
              label: `Réponse de l’ambassadeur attendue depuis moins de ${settings.firstReminderDays} jours`,
              count: open.beforeFirstReminder,
            },
            {
              label: `Depuis ${settings.firstReminderDays} à ${settings.secondReminderDays - 1} jours (premier rappel envoyé)`,
              count: open.afterFirstReminder,
            },
            {
              label: `Depuis ${settings.secondReminderDays} à ${settings.answerDeadlineDays - 1} jours (second rappel envoyé)`,
              count: open.afterSecondReminder,
            },
            { label: `Depuis ${settings.answerDeadlineDays} jours ou plus (délai dépassé)`, count: open.pastDeadline },
            { label: 'Autres créneaux proposés, choix du demandeur attendu', count: open.awaitingRequester },
            { label: 'Acceptées, intervention à venir', count: open.upcoming },
          ]}
        />
      </Figure>
      <Figure id="taux-de-reponse" definition={definitions.responseRate}>
        <StackedBarChart
          id="graphique-reponse"
          takeaway={
            response.due > 0
              ? `${percent(response.inTime, response.due)} des demandes envoyées ont reçu une réponse dans le délai de ${settings.answerDeadlineDays} jours (${frenchNumber(response.inTime)} sur ${frenchNumber(response.due)}).`
              : 'Aucune demande de la période n’a encore atteint son délai de réponse.'
          }
          caption="Réponses aux demandes dont le délai est écoulé"
          categoryHeader="Réponse"
          categories={['Dans le délai', 'Après le délai', 'Sans réponse']}
          rows={[{ label: 'Demandes', values: [response.inTime, response.late, response.unanswered] }]}
        />
        <p>{`${plural(response.pending, 'demande')} de la période ne ${response.pending >= 2 ? 'comptent' : 'compte'} pas encore (délai en cours, ou annulée avant sa fin).`}</p>
      </Figure>
      <Figure id="issues" definition={definitions.outcomes}>
        <StackedBarChart
          id="graphique-issues"
          takeaway={
            sent > 0
              ? `${percent(accepted, sent)} des demandes envoyées ont abouti à une intervention, réalisée ou à venir.`
              : 'Aucune demande envoyée dans la période.'
          }
          caption="Issue des demandes envoyées dans la période"
          categoryHeader="Issue"
          categories={['Réalisée', 'Acceptée, à venir', 'Déclinée', 'Expirée sans réponse', 'Annulée', 'En attente de réponse']}
          rows={[
            {
              label: 'Demandes',
              values: [byStatus.done, byStatus.accepted, byStatus.declined, byStatus.expired, byStatus.cancelled, byStatus.sent],
            },
          ]}
        />
      </Figure>
      <Figure id="delai" definition={definitions.firstAnswer}>
        <p>
          {flow.firstAnswer.answered > 0
            ? `Médiane : ${days(flow.firstAnswer.median)} ; 9e décile : ${days(flow.firstAnswer.p90)} (sur ${plural(flow.firstAnswer.answered, 'réponse')}).`
            : 'Aucune réponse dans la période.'}
        </p>
      </Figure>
      <Figure id="signalements" definition={definitions.escalations}>
        <p>
          <N n={escalations.escalated} /> {escalations.escalated >= 2 ? 'demandes signalées' : 'demande signalée'}, soit{' '}
          {percent(escalations.escalated, sent)} des demandes envoyées.
          {escalations.escalated > 0 &&
            ` Parmi elles : ${frenchNumber(escalations.reassigned)} confiées à un autre ambassadeur (${percent(escalations.reassigned, escalations.escalated)}), ${frenchNumber(escalations.accepted)} finalement acceptées (${percent(escalations.accepted, escalations.escalated)}) ; délai médian entre le signalement et l’issue : ${days(escalations.resolutionDays)} (sur ${plural(escalations.resolved, 'demande arrivée à son issue', 'demandes arrivées à leur issue')}).`}
        </p>
      </Figure>
      <NeedsFigure needs={needs} definition={definitions.fillRate} />
    </Part>
  );
}
