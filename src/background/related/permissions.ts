import type { RelatedService, Settings } from '../../shared/settings';
import { PROVIDERS } from './providers/index';
import { baseUrlFor } from './providers/provider';

// Host permissions for the services are optional: asked for at first use, from the panel's
// button (permissions.request needs a user gesture). A base URL replaced in the settings (a test
// server, a proxy) is outside the manifest's optional hosts: requests to it rely on CORS.

/** Match patterns of the services' own hosts that the enabled services use. */
export function serviceOrigins(settings: Pick<Settings, 'relatedServices' | 'serviceBaseUrls'>): string[] {
  const origins = new Set<string>();
  for (const service of settings.relatedServices as RelatedService[]) {
    const provider = PROVIDERS[service];
    if (!provider) continue;
    const base = baseUrlFor(provider, settings.serviceBaseUrls[service]);
    if (base !== provider.defaultBaseUrl) continue;
    origins.add(`${new URL(base).origin}/*`);
  }
  return [...origins];
}

/** Every host the manifest may ask for (kept in step with optional_host_permissions). */
export const SERVICE_HOSTS = Object.values(PROVIDERS).map((p) => `${new URL(p.defaultBaseUrl).origin}/*`);
