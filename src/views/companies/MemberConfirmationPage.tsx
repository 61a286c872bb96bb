/**
 * Issue 11: the page a company's link opens. Two buttons, each posting the link back with its
 * decision (mail scanners follow GET links: nothing changes before a POST).
 */
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';

export function MemberConfirmationPage({
  action,
  token,
  memberName,
  jobTitle,
  companyName,
}: {
  action: string;
  token: string;
  memberName: string;
  jobTitle: string;
  companyName: string;
}) {
  return (
    <FunctionPage title={`${memberName} fait-il partie de ${companyName} ?`}>
      <p>{`${memberName} (${jobTitle}), ambassadeur du réseau, indique sur son profil faire partie de ${companyName}.`}</p>
      <p>
        Confirmé, son nom figure sur la page publique de votre structure et son profil renvoie vers elle. Refusé, son profil ne nomme plus
        votre structure. Vous ne voyez ni son adresse ni son téléphone, et il ne voit pas les vôtres.
      </p>
      <PostForm action={action} hidden={{ jeton: token, decision: 'confirmer' }}>
        <SubmitButton>{`Oui, ${memberName} fait partie de ${companyName}`}</SubmitButton>
      </PostForm>
      <PostForm action={action} hidden={{ jeton: token, decision: 'refuser' }}>
        <SubmitButton>Non, refuser</SubmitButton>
      </PostForm>
    </FunctionPage>
  );
}
