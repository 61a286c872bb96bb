/**
 * Every mail: paragraphs, an optional action button with its address spelled out, the
 * signature, and for animation mail the notice with its unsubscribe link. Rendered once, when
 * the mail is queued (the outbox keeps what was decided); the text part is built from the same
 * `MailContent` (src/server/mail/templates.ts). Inline styles: mail clients ignore stylesheets.
 * `MailBody` without styles is what a page shows of a mail (the referents' preview): the same
 * markup, inside the site's stylesheet (its CSP forbids style attributes).
 */
import { Fragment } from 'react';

export interface MailContent {
  /** Paragraphs, plain text; a line break inside a paragraph is kept. */
  paragraphs: readonly string[];
  action?: { label: string; url: string } | undefined;
  signature: string;
  /** After the signature, in small print: why the mail came and how to stop it (animation mail). */
  notice?: { text: string; link: { label: string; url: string } } | undefined;
}

const muted = { fontSize: '14px', color: '#4a4a5e' } as const;
const button = {
  display: 'inline-block',
  background: '#00527a',
  color: '#fff',
  padding: '10px 16px',
  borderRadius: '6px',
  textDecoration: 'none',
  fontWeight: 'bold',
} as const;

function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return lines.map((line, i) => (
    <Fragment key={i}>
      {i > 0 && <br />}
      {line}
    </Fragment>
  ));
}

/** The content of a mail; `styled` (the default) with the inline styles a mail needs. */
export function MailBody({ paragraphs, action, signature, notice, styled = true }: MailContent & { styled?: boolean }) {
  const style = <T,>(s: T) => (styled ? s : undefined);
  const small = styled ? undefined : 'muted';
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i}>
          <Lines text={p} />
        </p>
      ))}
      {action && (
        <>
          <p>
            <a href={action.url} style={style(button)} className={styled ? undefined : 'button'}>
              {action.label}
            </a>
          </p>
          <p
            style={style(muted)}
            className={small}
          >{`Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur : ${action.url}`}</p>
        </>
      )}
      <p style={style(muted)} className={small}>
        {signature}
      </p>
      {notice && (
        <p style={style(muted)} className={small}>
          {`${notice.text} `}
          <a href={notice.link.url}>{notice.link.label}</a>
        </p>
      )}
    </>
  );
}

export function MailLayout(content: MailContent) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: 'system-ui,Arial,sans-serif', lineHeight: 1.5, color: '#1b1b2f' }}>
        <MailBody {...content} />
      </body>
    </html>
  );
}

/** The text part, from the same content. */
export function mailText({ paragraphs, action, signature, notice }: MailContent): string {
  return [
    ...paragraphs,
    ...(action ? [`${action.label} : ${action.url}`] : []),
    `— ${signature}`,
    ...(notice ? [`${notice.text} ${notice.link.label} : ${notice.link.url}`] : []),
  ].join('\n\n');
}
