/**
 * Every mail: paragraphs, an optional action button with its address spelled out, the
 * signature. Rendered once, when the mail is queued (the outbox keeps what was decided);
 * the text part is built from the same `MailContent` (src/server/mail/templates.ts).
 * Inline styles: mail clients ignore stylesheets.
 */
export interface MailContent {
  /** Paragraphs, plain text. */
  paragraphs: readonly string[];
  action?: { label: string; url: string } | undefined;
  signature: string;
}

const muted = { fontSize: '14px', color: '#4a4a5e' } as const;

export function MailLayout({ paragraphs, action, signature }: MailContent) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: 'system-ui,Arial,sans-serif', lineHeight: 1.5, color: '#1b1b2f' }}>
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        {action && (
          <>
            <p>
              <a
                href={action.url}
                style={{
                  display: 'inline-block',
                  background: '#00527a',
                  color: '#fff',
                  padding: '10px 16px',
                  borderRadius: '6px',
                  textDecoration: 'none',
                  fontWeight: 'bold',
                }}
              >
                {action.label}
              </a>
            </p>
            <p style={muted}>{`Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur : ${action.url}`}</p>
          </>
        )}
        <p style={muted}>{signature}</p>
      </body>
    </html>
  );
}

/** The text part, from the same content. */
export function mailText({ paragraphs, action, signature }: MailContent): string {
  return [...paragraphs, ...(action ? [`${action.label} : ${action.url}`] : []), `— ${signature}`].join('\n\n');
}
