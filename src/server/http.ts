/**
 * What every function does the same way: method, origin, body, and every answer it sends.
 * Every Response a function returns is built here, so each carries the security headers
 * (Netlify applies netlify.toml's headers to static files only, never to function answers).
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { formToObject } from '../lib/application.ts';
import { loadSettings } from './settings.ts';
import { SiteContext, type SiteIdentity } from '../views/layout/site.ts';
import { MessagePage } from '../views/shared/MessagePage.tsx';

/**
 * Pages a function answers have no script: styles and images from the site, forms posted
 * to the site, never framed. `Referrer-Policy: same-origin`, not `no-referrer`: with
 * no-referrer a form posted from the page says "Origin: null", and `isSameOrigin` refuses it.
 * `no-store`: the answers hold personal data or act for the session or the link that opened them.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Referrer-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/**
 * For `page()`'s headers, instead of `no-store`: a page without personal data, the same for
 * everyone (the public key figures), kept `seconds` by browsers and by Netlify's CDN, which caches
 * a function's answer only when told (Netlify-CDN-Cache-Control; GET only).
 */
export function publicCache(seconds: number): Record<string, string> {
  return {
    'Cache-Control': `public, max-age=${seconds}`,
    'Netlify-CDN-Cache-Control': `public, durable, max-age=${seconds}, stale-while-revalidate=${seconds}`,
  };
}

function answer(body: BodyInit | null, status: number, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, ...headers } });
}

/** What the frame says about the site, from the settings the functions are deployed with. */
export function siteIdentity(): SiteIdentity {
  const { siteName, regionName, contactEmail } = loadSettings();
  return { siteName, regionName, contactEmail };
}

/** A view (src/views), rendered on the server into a complete page. */
export function page(view: ReactElement, status = 200, headers: Record<string, string> = {}): Response {
  const html = `<!doctype html>${renderToStaticMarkup(createElement(SiteContext, { value: siteIdentity() }, view))}`;
  return answer(html, status, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
}

/** A page that only says something (a title and a paragraph or two). */
export function messagePage(title: string, paragraphs: readonly string[], status = 200): Response {
  return page(createElement(MessagePage, { title, paragraphs }), status);
}

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return answer(JSON.stringify(data), status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
}

export function text(body: string, status = 200, headers: Record<string, string> = {}): Response {
  return answer(body, status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
}

/** After a POST: go and GET the page that says what was done. */
export function seeOther(location: string, headers: Record<string, string> = {}): Response {
  return answer(null, 303, { Location: location, ...headers });
}

/** A file to download (the ambassador's data, an export). */
export function attachment(body: BodyInit, { type, filename }: { type: string; filename: string }): Response {
  return answer(body, 200, { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${filename}"` });
}

/** A CSV file streamed as it is written (the referents' exports): the body is read batch by batch, never held whole. */
export function csvStream(filename: string, stream: ReadableStream<Uint8Array>): Response {
  return attachment(stream, { type: 'text/csv; charset=utf-8', filename });
}

export function notFound(): Response {
  return text('Introuvable', 404);
}

export function methodNotAllowed(allowed: string): Response {
  return text('Méthode non autorisée.', 405, { Allow: allowed });
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

const UNAVAILABLE_MESSAGE = 'Le service est momentanément indisponible : rien n’a été enregistré. Réessayez dans quelques minutes.';

export function unavailable(req: Request): Response {
  return wantsJson(req)
    ? json({ message: UNAVAILABLE_MESSAGE }, 503, { 'Retry-After': '120' })
    : messagePage('Service momentanément indisponible', [UNAVAILABLE_MESSAGE], 503);
}
