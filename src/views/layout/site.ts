/** What the page frame says about the site: read from the settings by the server, given to the views through context. */
import { createContext, useContext } from 'react';

export interface SiteIdentity {
  siteName: string;
  regionName: string;
  contactEmail: string;
}

export const SiteContext = createContext<SiteIdentity>({
  siteName: 'Réseau des ambassadeurs métiers',
  regionName: '',
  contactEmail: '',
});

export const useSite = () => useContext(SiteContext);
