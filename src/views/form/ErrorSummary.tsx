/** At the top of a form sent back with errors: what to fix, each message linked to its field. */
import { fieldIds, type Errors } from './Field.tsx';

interface Props {
  errors: Errors;
  /** Short labels of the fields that can be linked to. */
  labels: Readonly<Record<string, string>>;
  idPrefix?: string | undefined;
}

export function ErrorSummary({ errors, labels, idPrefix }: Props) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>{entries.length === 1 ? 'Une réponse est à corriger' : `${entries.length} réponses sont à corriger`}</h2>
      <ul>
        {entries.map(([name, message]) => (
          <li key={name}>{labels[name] ? <a href={`#${fieldIds({ name, idPrefix }).id}`}>{message}</a> : message}</li>
        ))}
      </ul>
      <p>Rien n’a été enregistré.</p>
    </div>
  );
}
