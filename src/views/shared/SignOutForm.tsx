/** The « Se déconnecter » button of a space: a small POST form (a GET link would be followed by prefetches and scanners). */
import { PostForm, SubmitButton } from '../form/PostForm.tsx';

export function SignOutForm({ action }: { action: string }) {
  return (
    <PostForm action={action} inline>
      <SubmitButton>Se déconnecter</SubmitButton>
    </PostForm>
  );
}
