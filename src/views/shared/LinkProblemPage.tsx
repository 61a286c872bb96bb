/** An emailed link that cannot be used (already used, expired, unknown): what happened and what to do. */
import type { ReactNode } from 'react';
import { MessagePage } from './MessagePage.tsx';

export function LinkProblemPage({ explanation, children }: { explanation: string; children?: ReactNode }) {
  return (
    <MessagePage title="Lien inutilisable" paragraphs={[explanation]}>
      {children}
    </MessagePage>
  );
}
