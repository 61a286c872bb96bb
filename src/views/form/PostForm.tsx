/** Forms posted to a function: hidden fields, the honeypot, the one-address form. */
import type { ReactNode } from 'react';

export function PostForm({
  action,
  hidden = {},
  noValidate,
  inline = false,
  children,
}: {
  action: string;
  hidden?: Readonly<Record<string, string>>;
  noValidate?: boolean;
  /** A short form on one line (an address and a button). */
  inline?: boolean;
  children: ReactNode;
}) {
  return (
    <form method="post" action={action} className={inline ? 'form inline-form' : 'form'} noValidate={noValidate}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  );
}

/** A field people never see: bots that fill it are thanked and nothing is kept. */
export function Honeypot() {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor="website">Ne pas remplir</label>
      <input id="website" name="website" tabIndex={-1} autoComplete="off" />
    </div>
  );
}

export function SubmitButton({ children, danger = false }: { children: ReactNode; danger?: boolean }) {
  return (
    <button className={danger ? 'button danger' : 'button'} type="submit">
      {children}
    </button>
  );
}

/** One address and a button: a new confirmation link, a sign-in link. */
export function EmailForm({ action, label, button }: { action: string; label: string; button: string }) {
  return (
    <PostForm action={action} inline>
      <label htmlFor="email">{label}</label>
      <input id="email" name="email" type="email" autoComplete="email" required /> <SubmitButton>{button}</SubmitButton>
    </PostForm>
  );
}
