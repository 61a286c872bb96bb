/** A dashboard address that cannot be shown: malformed (400, what to write), or unknown or outside the referent's scope (404). */
import { MessagePage } from '../../shared/MessagePage.tsx';
import { DASHBOARD_PATH } from '../ReferentPage.tsx';

export function DashboardProblemPage({ malformed }: { malformed?: string | undefined }) {
  return (
    <MessagePage
      title={malformed ? 'Adresse incorrecte' : 'Page introuvable'}
      paragraphs={[malformed ?? 'Cette page n’existe pas ou plus.']}
      section="/referents/"
    >
      <p>
        <a href={DASHBOARD_PATH}>Revenir au tableau de bord</a>
      </p>
    </MessagePage>
  );
}
