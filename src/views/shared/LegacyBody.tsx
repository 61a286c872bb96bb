/** Transitional: a page body still built as an HTML string, inside the site's frame. */
import { FunctionPage } from '../layout/FunctionPage.tsx';

export function LegacyBody({ title, body }: { title: string; body: string }) {
  return (
    <FunctionPage title={title}>
      <div dangerouslySetInnerHTML={{ __html: body }} />
    </FunctionPage>
  );
}
