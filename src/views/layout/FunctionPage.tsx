/**
 * The frame of every page a function answers: the same header, navigation, footer and
 * stylesheet as the static pages (src/layouts/Base.astro), so a visitor cannot tell them apart.
 * No script: the pages a function answers work with plain forms.
 */
import type { ReactNode } from 'react';
import { FOOTER_LINKS, HEADER_LINKS, STYLESHEET, isCurrent } from '../../lib/navigation.ts';
import { useSite } from './site.ts';

interface Props {
  /** The page's own title: the <h1> and the start of <title>. */
  title: string;
  /** The header link of the section the page belongs to, if any (e.g. "/referents/"). */
  section?: string;
  /** Tables of the referents' space need the full width. */
  wide?: boolean;
  /** A public page that search engines may list (most function pages act for a link or a session: never). */
  indexed?: boolean;
  description?: string;
  children?: ReactNode;
}

export function FunctionPage({ title, section, wide = false, indexed = false, description, children }: Props) {
  const site = useSite();
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {description && <meta name="description" content={description} />}
        {!indexed && <meta name="robots" content="noindex" />}
        <title>{`${title} – ${site.siteName}`}</title>
        <link rel="stylesheet" href={STYLESHEET} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a className="skip" href="#contenu">
          Aller au contenu
        </a>
        <header className="site-header">
          <div className="wrap">
            <a className="brand" href="/">
              {site.siteName}
              {site.regionName && <small>{`Région ${site.regionName}`}</small>}
            </a>
            <nav className="site-nav" aria-label="Menu principal">
              <ul>
                {HEADER_LINKS.map((link) => (
                  <li key={link.href}>
                    <a href={link.href} aria-current={section !== undefined && isCurrent(link, section) ? 'page' : undefined}>
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="contenu" tabIndex={-1}>
          <div className={wide ? 'wrap' : 'wrap narrow'}>
            <h1>{title}</h1>
            {children}
          </div>
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <nav aria-label="Pied de page">
              <ul className="plain">
                {FOOTER_LINKS.map((link) => (
                  <li key={link.href}>
                    <a href={link.href}>{link.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
            {site.regionName && (
              <p className="muted">
                {`Un service de la Région ${site.regionName}. Contact : `}
                <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>
              </p>
            )}
          </div>
        </footer>
      </body>
    </html>
  );
}
