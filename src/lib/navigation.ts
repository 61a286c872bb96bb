/** The site's header and footer links: one definition for the static frame (Base.astro) and the function frame (src/views/layout). */
import { KEY_FIGURES_PATH } from './public-figures.ts';
import { PAGE_PATHS } from './vocabularies.ts';

export interface NavLink {
  href: string;
  label: string;
}

export const HEADER_LINKS: readonly NavLink[] = [
  { href: '/ambassadeurs/', label: 'Trouver un ambassadeur' },
  { href: '/stages/', label: 'Mini-stages' },
  { href: '/guides/', label: 'Guides' },
  { href: '/faq/', label: 'FAQ' },
  { href: '/actualites/', label: 'Actualités' },
  { href: '/agenda/', label: 'Agenda' },
  { href: '/referents/', label: 'Référents' },
  { href: '/devenir-ambassadeur/', label: 'Devenir ambassadeur' },
];

export const FOOTER_LINKS: readonly NavLink[] = [
  { href: PAGE_PATHS.charter, label: 'Charte' },
  { href: PAGE_PATHS.partners, label: 'Partenaires' },
  { href: KEY_FIGURES_PATH, label: 'Chiffres clés' },
  { href: PAGE_PATHS.legal_notice, label: 'Mentions légales' },
  { href: PAGE_PATHS.personal_data, label: 'Données personnelles' },
  { href: '/mes-demandes/', label: 'Mes demandes' },
  { href: '/gerer-mon-profil/', label: 'Gérer mon profil d’ambassadeur' },
  { href: PAGE_PATHS.accessibility, label: 'Accessibilité : non conforme' },
];

/** The one stylesheet of static and function pages (public/, so functions can link it too). */
export const STYLESHEET = '/styles/site.css';

/** Which header link is the current section (a function page under /api has none unless told). */
export const isCurrent = (link: NavLink, path: string) => path.startsWith(link.href);
