/**
 * The pages around a mini-stage application: after the form, and the company's answer page
 * reached by its emailed link (the application, then accept or decline with an optional word;
 * once accepted, the adult to reach during the stage for a pupil under 16).
 */
import { MINISTAGE_FIELDS, MINISTAGE_REQUESTERS, MINISTAGE_STATUSES, type MinistageStatus } from '../../lib/ministage.ts';
import { AGREEMENT_ISSUERS, LEVELS, type AgreementIssuer, type Level } from '../../lib/vocabularies.ts';
import { TextArea, type Errors } from '../form/Field.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { MY_REQUESTS_PATH, REQUESTER_SIGN_IN_PAGE } from '../requester-space/paths.ts';

export function MinistageSentPage({ straightToCompany = false }: { straightToCompany?: boolean }) {
  return (
    <FunctionPage title={straightToCompany ? 'Candidature transmise' : 'Vérifiez votre messagerie'} section="/stages/">
      {straightToCompany ? (
        <p>
          Merci ! Vous êtes connecté à « Mes demandes » avec cette adresse : votre candidature est transmise directement à l’entreprise.
          Vous recevrez sa réponse par courriel.
        </p>
      ) : (
        <p>
          Merci ! Un courriel vient de vous être envoyé. Ouvrez-le et confirmez la candidature par son lien : elle sera alors transmise à
          l’entreprise.
        </p>
      )}
      <p>
        <a href={straightToCompany ? MY_REQUESTS_PATH : REQUESTER_SIGN_IN_PAGE}>Mes demandes</a> · <a href="/stages/">Autres mini-stages</a>
      </p>
    </FunctionPage>
  );
}

/** The company's optional word, as long as the requester's message may be. */
const ANSWER_MESSAGE = { name: 'message', maxLength: MINISTAGE_FIELDS.message.maxLength, rows: 3 } as const;

export interface MinistageAnswerProps {
  token: string;
  action: string;
  application: {
    offerTitle: string;
    status: MinistageStatus;
    dates: string;
    level: Level;
    under16: boolean;
    agreementIssuer: AgreementIssuer;
    requesterKind: keyof typeof MINISTAGE_REQUESTERS;
    requesterName: string;
    organisationName: string | null;
    message: string | null;
    /** Shown once accepted, for a pupil under 16. */
    adult?: { name: string; phone: string } | undefined;
  };
  /** What was just done, or why an action was refused. */
  done?: string | undefined;
  refused?: string | undefined;
  errors?: Errors;
}

export function MinistageAnswerPage({ token, action, application: a, done, refused, errors = {} }: MinistageAnswerProps) {
  return (
    <FunctionPage title={`Candidature à votre mini-stage « ${a.offerTitle} »`}>
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {refused && (
        <p className="error-summary" role="alert">
          {refused}
        </p>
      )}
      <dl className="details">
        <dt>État</dt>
        <dd>{MINISTAGE_STATUSES[a.status]}</dd>
        <dt>Dates</dt>
        <dd>{a.dates}</dd>
        <dt>Niveau de l’élève</dt>
        <dd>{`${LEVELS[a.level]}${a.under16 ? ', moins de 16 ans' : ''}`}</dd>
        <dt>Convention signée par</dt>
        <dd>{AGREEMENT_ISSUERS[a.agreementIssuer]}</dd>
        <dt>Demandé par</dt>
        <dd>{`${a.requesterName}${a.organisationName ? ` (${a.organisationName})` : ''}, ${a.requesterKind === 'school' ? 'établissement scolaire' : 'famille'}`}</dd>
        {a.message && (
          <>
            <dt>Son message</dt>
            <dd>{a.message}</dd>
          </>
        )}
        {a.adult && (
          <>
            <dt>Adulte à joindre pendant le stage</dt>
            <dd>{`${a.adult.name}, ${a.adult.phone}`}</dd>
          </>
        )}
      </dl>
      {a.status === 'pending' && (
        <>
          <h2>Votre réponse</h2>
          <PostForm action={action} hidden={{ jeton: token, action: 'accept' }}>
            <TextArea {...ANSWER_MESSAGE} idPrefix="accepter" label="Un mot pour le demandeur (facultatif)" errors={errors} />
            <SubmitButton>Accepter la candidature</SubmitButton>
          </PostForm>
          <PostForm action={action} hidden={{ jeton: token, action: 'decline' }}>
            <TextArea {...ANSWER_MESSAGE} idPrefix="decliner" label="Pourquoi vous déclinez (facultatif)" errors={errors} />
            <SubmitButton danger>Décliner la candidature</SubmitButton>
          </PostForm>
        </>
      )}
    </FunctionPage>
  );
}
