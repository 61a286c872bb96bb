/**
 * HTTP side of a company's answer about a person who named it (issue 11): GET shows the page with
 * its two buttons, POST (jeton, decision = confirmer | refuser) acts once. A link that is unknown,
 * expired, used or no longer current (the person named another company) answers 410 with why.
 */
import { createElement } from 'react';
import { MemberConfirmationPage } from '../../views/companies/MemberConfirmationPage.tsx';
import { LinkProblemPage } from '../../views/shared/LinkPages.tsx';
import { isSameOrigin, messagePage, methodNotAllowed, page, readBody, unavailable } from '../http.ts';
import { COMPANY_MEMBER_PATH, answerMember, memberToConfirm, type CompanyMembersDeps } from '../workflows/companies/members.ts';

export type CompanyDepsProvider = () => Promise<CompanyMembersDeps>;

const WHY: Record<'unknown' | 'expired' | 'used' | 'stale', string> = {
  unknown: 'Ce lien n’est pas reconnu : vérifiez qu’il est complet dans le message reçu.',
  expired:
    'Ce lien a expiré. La personne peut nommer de nouveau votre structure dans « Gérer mon profil » : un nouveau lien vous sera envoyé.',
  used: 'Ce lien a déjà servi : votre réponse est enregistrée.',
  stale: 'Cette demande n’est plus d’actualité : la personne a changé d’entreprise sur son profil, ou l’un des deux profils a été retiré.',
};

function cannotUse(reason: keyof typeof WHY): Response {
  return page(createElement(LinkProblemPage, { explanation: WHY[reason] }), 410);
}

export function companyMemberHandler(deps: CompanyDepsProvider) {
  return async (req: Request): Promise<Response> => {
    try {
      if (req.method === 'GET') {
        const token = new URL(req.url).searchParams.get('jeton') ?? '';
        const check = await memberToConfirm(await deps(), token);
        if (!check.ok) return cannotUse(check.reason);
        return page(createElement(MemberConfirmationPage, { action: COMPANY_MEMBER_PATH, token, ...check.member }));
      }
      if (req.method !== 'POST') return methodNotAllowed('GET, POST');
      if (!isSameOrigin(req)) return messagePage('Envoi refusé', ['La réponse doit être envoyée depuis le site du réseau.'], 403);
      const body = await readBody(req, []);
      const token = typeof body?.jeton === 'string' ? body.jeton : '';
      const decision = body?.decision;
      if (decision !== 'confirmer' && decision !== 'refuser')
        return messagePage('Réponse illisible', ['Choisissez « Oui » ou « Non » sur la page du lien reçu.'], 400);
      const result = await answerMember(await deps(), token, decision === 'confirmer');
      if (!result.ok) return cannotUse(result.reason);
      const { memberName, companyName } = result.member;
      return messagePage(decision === 'confirmer' ? 'Rattachement confirmé' : 'Rattachement refusé', [
        decision === 'confirmer'
          ? `Merci : ${memberName} figurera sur la page de ${companyName} à la prochaine mise à jour du site, dans quelques minutes.`
          : `C’est noté : le profil de ${memberName} ne nomme plus ${companyName}. La personne en est informée.`,
      ]);
    } catch (error) {
      console.error(`company-member: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}
