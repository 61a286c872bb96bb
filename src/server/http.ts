/** What every function does the same way: method, origin, body, French answers. */
import { escapeHtml } from './mail/templates.ts';
import { formToObject } from '../lib/application.ts';

export function methodNotAllowed(allowed: string): Response {
  return new Response('Méthode non autorisée.', { status: 405, headers: { Allow: allowed, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** A form may only be posted from the site itself (the browser sends Origin on POST). */
export function isSameOrigin(req: Request): boolean {
  const origin = req.headers.get('Origin');
  return origin !== null && origin === new URL(req.url).origin;
}

export function wantsJson(req: Request): boolean {
  return (
    (req.headers.get('Accept') ?? '').includes('application/json') || (req.headers.get('Content-Type') ?? '').includes('application/json')
  );
}

/** A posted form (no JavaScript) or JSON (the enhanced form); null when unreadable. */
export async function readBody(req: Request, listFields?: readonly string[]): Promise<Record<string, unknown> | null> {
  try {
    const type = req.headers.get('Content-Type') ?? '';
    if (type.includes('application/json')) {
      const body: unknown = await req.json();
      return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
    }
    if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
      return formToObject(await req.formData(), listFields);
    }
  } catch {
    return null;
  }
  return null;
}

/** A small complete page, for answers to forms posted without JavaScript and for emailed links. */
export function htmlPage({ title, body, status = 200 }: { title: string; body: string; status?: number }): Response {
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} – Réseau des ambassadeurs métiers</title><style>body{font-family:system-ui,Arial,sans-serif;line-height:1.55;color:#1b1b2f;max-width:42rem;margin:2rem auto;padding:0 1rem}a{color:#00527a}button{font:inherit;font-weight:700;background:#00527a;color:#fff;border:0;border-radius:.5rem;padding:.6rem 1.1rem;cursor:pointer}input,textarea,select{font:inherit;padding:.5rem;border:2px solid #4a4a5e;border-radius:.5rem;max-width:100%;box-sizing:border-box}input[type=text],input[type=email],textarea{width:100%}label,legend{display:block;font-weight:700;margin:.5rem 0 .25rem}fieldset{border:2px solid #4a4a5e;border-radius:.5rem;margin:1rem 0;padding:.5rem 1rem}.choix label{display:inline;font-weight:400}.choix{margin:.25rem 0}.champ{margin:1rem 0}.aide{margin:.1rem 0;color:#4a4a5e}.erreur{margin:.1rem 0;color:#a4000f;font-weight:700}.resume-erreurs{border:3px solid #a4000f;border-radius:.5rem;padding:0 1rem;margin:1rem 0}.resume-erreurs a{color:#a4000f}table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;border-bottom:1px solid #c8c8d0;padding:.4rem}dt{font-weight:700}dd{margin:0 0 .5rem}.danger{background:#a4000f}section{margin:2rem 0}.piege{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}.messages li{margin-bottom:1rem}tr.alerte{background:#fdecea}</style></head><body><main><h1>${escapeHtml(title)}</h1>${body}<p><a href="/">Retour à l’accueil</a></p></main></body></html>`;
  return new Response(html, {
    status,
    // same-origin, not no-referrer: with no-referrer, a form posted from the page says "Origin: null".
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'same-origin' },
  });
}

const UNAVAILABLE_MESSAGE = 'Le service est momentanément indisponible : rien n’a été enregistré. Réessayez dans quelques minutes.';

export function unavailable(req: Request): Response {
  return wantsJson(req)
    ? Response.json({ message: UNAVAILABLE_MESSAGE }, { status: 503, headers: { 'Retry-After': '120' } })
    : htmlPage({ title: 'Service momentanément indisponible', body: `<p>${UNAVAILABLE_MESSAGE}</p>`, status: 503 });
}
