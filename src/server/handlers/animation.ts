/**
 * HTTP side of animation mail (issue F, part 2): the referents' « Écrire aux ambassadeurs » (form,
 * preview, send) within their session, and the unsubscribe link of every animation mail.
 * HTTP only: checks → workflow (src/server/workflows/animation) → view + status.
 */
import { createElement } from 'react';
import { isSameOrigin, methodNotAllowed, page, readBody, seeOther, unavailable } from '../http.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db.ts';
import { scopeOf } from '../indicators/scope.ts';
import { oneLine } from '../mail/templates.ts';
import type { Referent } from '../referents.ts';
import { peekToken } from '../tokens.ts';
import { checkMessage, messagesOf, previewOf, sendMessage, sentToday, type ComposeDeps } from '../workflows/animation/compose.ts';
import { acceptAnimationMail, animationChoice, refuseAnimationMail } from '../workflows/animation/opt-out.ts';
import { UNSUBSCRIBE_PURPOSE } from '../workflows/animation/send.ts';
import { forbidden } from './link-session.ts';
import { forReferent, type Provider } from './referents.ts';
import { newsDraft, type AnimationForm } from '../../lib/animation.ts';
import type { NewsItem } from '../../lib/news.ts';
import { loadNews } from '../news.ts';
import { departmentOptions } from '../../lib/directory.ts';
import { ANIMATION_LIST_FIELDS } from '../../lib/forms/animation.ts';
import { postedValues } from '../../lib/forms/values.ts';
import { UNSUBSCRIBE_PATH } from '../../views/animation/paths.ts';
import { UnsubscribeLinkProblemPage, UnsubscribePage } from '../../views/animation/UnsubscribePages.tsx';
import { MessageFormPage, MessagePreviewPage } from '../../views/referents/animation/MessagePages.tsx';
import { MESSAGES_PATH } from '../../views/referents/ReferentPage.tsx';

type Errors = Record<string, string>;

const UNKNOWN_NEWS = 'Cette actualité n’existe pas, ou plus : choisissez-en une dans la liste.';

const DAILY_LIMIT =
  'Vous avez déjà envoyé un message aux ambassadeurs aujourd’hui : un message par jour au plus, pour que chacun reste lu. Celui-ci pourra partir demain ; rien n’a été envoyé.';

type MessagesDeps = ComposeDeps & { news?: readonly NewsItem[] };

/** The news items a referent may start a message from: the whole Région's and their départements'. */
function newsOf(d: MessagesDeps, referent: Referent): NewsItem[] {
  const scope = scopeOf(referent, d.settings).departments;
  return (d.news ?? loadNews()).filter((n) => n.department === undefined || scope.includes(n.department));
}

async function formPage(
  d: MessagesDeps,
  referent: Referent,
  posted: Record<string, unknown>,
  errors: Errors = {},
  status = 200,
  done?: string,
) {
  return page(
    createElement(MessageFormPage, {
      referent,
      news: newsOf(d, referent).map(({ id, title, date }) => ({ id, title, date })),
      departments: departmentOptions(scopeOf(referent, d.settings).departments),
      values: postedValues(posted),
      errors,
      sentToday: await sentToday(d, referent),
      done,
      messages: await messagesOf(d, referent),
    }),
    status,
  );
}

function previewPage(d: ComposeDeps, referent: Referent, draft: AnimationForm, recipients: number, changedFrom?: number, status = 200) {
  return page(
    createElement(MessagePreviewPage, {
      referent,
      draft,
      recipients,
      subject: oneLine(draft.subject),
      mail: previewOf(d, referent, draft),
      changedFrom,
    }),
    status,
  );
}

/**
 * GET: the form (?actualite=<id>: filled with that news item; ?fait=envoye: what just left). POST etape=apercu: the preview and the number of
 * recipients; etape=modifier: back to the form; etape=envoyer (with the number previewed): sends.
 */
export function referentMessagesHandler(deps: () => Promise<Awaited<ReturnType<Provider>> & { news?: readonly NewsItem[] }>) {
  return forReferent(deps, 'referent-messages', async (req, d, referent) => {
    if (req.method === 'GET') {
      const newsId = new URL(req.url).searchParams.get('actualite');
      if (newsId !== null) {
        const item = newsOf(d, referent).find((n) => n.id === newsId);
        if (!item) return formPage(d, referent, {}, { formulaire: UNKNOWN_NEWS }, 404);
        return formPage(d, referent, newsDraft({ ...item, url: new URL(item.url, d.siteUrl).href }));
      }
      const [latest] = new URL(req.url).searchParams.get('fait') === 'envoye' ? await messagesOf(d, referent) : [];
      const done =
        latest &&
        `Votre message « ${latest.subject} » part vers ${latest.recipients.toLocaleString('fr-FR')} ambassadeur${latest.recipients >= 2 ? 's' : ''}, par lots de 100, dans les minutes qui viennent.`;
      return formPage(d, referent, {}, {}, 200, done);
    }
    if (req.method !== 'POST') return methodNotAllowed('GET, POST');
    if (!isSameOrigin(req)) return forbidden();
    const body = (await readBody(req, ANIMATION_LIST_FIELDS)) ?? {};
    const step = body.etape;
    if (step === 'modifier') return formPage(d, referent, body);
    if (step !== 'apercu' && step !== 'envoyer')
      return formPage(d, referent, body, { formulaire: 'Étape inconnue : repartez du formulaire.' }, 400);
    if (await sentToday(d, referent)) return formPage(d, referent, body, { formulaire: DAILY_LIMIT }, 429);
    if (step === 'apercu') {
      const check = await checkMessage(d, referent, body);
      if (!check.ok) return formPage(d, referent, body, check.errors, 422);
      return previewPage(d, referent, check.draft, check.recipients.length);
    }
    const outcome = await sendMessage(d, referent, body, body.destinataires);
    if (outcome.ok) return seeOther(`${MESSAGES_PATH}?fait=envoye`);
    if ('errors' in outcome) return formPage(d, referent, body, outcome.errors, 422);
    if ('dailyLimit' in outcome) return formPage(d, referent, body, { formulaire: DAILY_LIMIT }, 429);
    const shown = Number(body.destinataires);
    return previewPage(d, referent, outcome.changed.draft, outcome.changed.recipients, Number.isFinite(shown) ? shown : 0, 409);
  });
}

/**
 * GET ?jeton=: the choice and its button. POST ?jeton= (the button, or the mail client's one-click
 * `List-Unsubscribe=One-Click`, from any origin: RFC 8058): refuses animation mail at once, 200.
 * POST action=reabonner, from the site only: accepts it again. 410 for an unknown or expired link.
 * The link is the only credential: a 256-bit token, never consumed (see UNSUBSCRIBE_LINK_DAYS).
 */
export function unsubscribeHandler(deps: () => Promise<{ db: Db; clock: Clock }>) {
  return async (req: Request): Promise<Response> => {
    if (req.method !== 'GET' && req.method !== 'POST') return methodNotAllowed('GET, POST');
    try {
      const body = req.method === 'POST' ? ((await readBody(req, [])) ?? {}) : {};
      const token = new URL(req.url).searchParams.get('jeton') ?? (typeof body.jeton === 'string' ? body.jeton : '');
      const d = await deps();
      const check = await peekToken(d.db, d.clock, UNSUBSCRIBE_PURPOSE, token);
      const choice = check.ok ? await animationChoice(d.db, check.subject) : undefined;
      if (!check.ok || !choice) return page(createElement(UnsubscribeLinkProblemPage), 410);
      const action = `${UNSUBSCRIBE_PATH}?jeton=${encodeURIComponent(token)}`;
      if (req.method === 'GET') return page(createElement(UnsubscribePage, { refused: choice.refusedAt !== null, action }));
      if (body.action === 'reabonner') {
        if (!isSameOrigin(req)) return forbidden();
        await acceptAnimationMail(d.db, d.clock, check.subject);
        return page(createElement(UnsubscribePage, { refused: false, action, done: 'accepted' }));
      }
      const oneClick = body['List-Unsubscribe'] === 'One-Click';
      await refuseAnimationMail(d.db, d.clock, check.subject, oneClick ? 'one_click' : 'link');
      return page(createElement(UnsubscribePage, { refused: true, action, done: 'refused' }));
    } catch (error) {
      console.error(`animation-unsubscribe: ${(error as Error).name}`);
      return unavailable(req);
    }
  };
}
