/** A page that says one thing: a title, a few paragraphs, and what to do next. */
import type { ReactNode } from 'react';
import { FunctionPage } from '../layout/FunctionPage.tsx';

export function MessagePage({
  title,
  paragraphs = [],
  children,
  section,
}: {
  title: string;
  paragraphs?: readonly string[];
  children?: ReactNode;
  section?: string;
}) {
  return (
    <FunctionPage title={title} {...(section ? { section } : {})}>
      {paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {children}
      <p>
        <a href="/">Retour à l’accueil</a>
      </p>
    </FunctionPage>
  );
}
