/**
 * The messages of the thread, each under its writer's name as this side may know it, and the
 * form to write to the other side while the request is open to messages.
 */
import { THREAD_FIELDS as F } from '../../lib/forms/request.ts';
import { formatParis } from '../../lib/paris-time.ts';
import { TextArea, type Errors } from '../form/Field.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { formOf, type SentForm, type ThreadData } from './thread-types.ts';

type Message = ThreadData['messages'][number];

/**
 * Who wrote a message, for the side reading it. The requester sees every message of a
 * reassigned request: a previous ambassador's are said to be so. An ambassador sees only the
 * messages of their own assignment (the workflow filters them), so theirs are "Vous".
 */
export function authorOf(t: ThreadData, m: Message): string {
  if (m.author === t.side && (m.author === 'requester' || m.ambassador_id === t.ambassador.id)) return 'Vous';
  if (m.author === 'ambassador' && m.ambassador_id !== null && m.ambassador_id !== t.ambassador.id)
    return `${m.authorName} (ambassadeur précédent)`;
  return m.authorName;
}

/** A message's text, its line breaks kept. */
function Lines({ text }: { text: string }) {
  const lines = text.split(/\r?\n/);
  return (
    <p>
      {lines.map((line, i) => (
        <span key={i}>
          {line}
          {i < lines.length - 1 && <br />}
        </span>
      ))}
    </p>
  );
}

export function ThreadMessages({
  thread: t,
  token,
  other,
  sent,
}: {
  thread: ThreadData;
  token: string;
  /** The other side's name. */
  other: string;
  sent?: SentForm | undefined;
}) {
  const canWrite = ['sent', 'accepted', 'done'].includes(t.request.status);
  const form = formOf(sent, 'message');
  return (
    <section className="page-section" aria-labelledby="titre-messages">
      <h2 id="titre-messages">Messages</h2>
      {t.messages.length > 0 ? (
        <ol className="messages">
          {t.messages.map((m, i) => (
            <li key={i}>
              <p>
                <strong>{authorOf(t, m)}</strong>
                {', '}
                <time dateTime={m.created_at.toISOString()}>{formatParis(m.created_at)}</time>
              </p>
              <Lines text={m.body} />
            </li>
          ))}
        </ol>
      ) : (
        <p>Aucun message pour l’instant.</p>
      )}
      {canWrite && <MessageForm token={token} other={other} errors={form.errors} value={form.value('body')} />}
    </section>
  );
}

function MessageForm({ token, other, errors, value }: { token: string; other: string; errors: Errors; value: string }) {
  return (
    <PostForm action="/api/demandes/fil" hidden={{ jeton: token, action: 'message' }}>
      <TextArea {...F.body} label={`Écrire à ${other}`} required idPrefix="message" defaultValue={value} errors={errors} />
      <SubmitButton>Envoyer le message</SubmitButton>
    </PostForm>
  );
}
