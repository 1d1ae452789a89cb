import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS, loadSettings, onSettingsChanged, saveSettings,
  type HighlightKind, type RelatedService, type Settings,
} from '../shared/settings';
import { siteHost } from './site-host';

// The options page: highlights, where and of what; related coverage, and which services it
// asks; and what leaves the browser, said plainly. Every change is saved at once.

const KINDS: { id: HighlightKind; label: string }[] = [
  { id: 'figures', label: 'Figures (numbers and what they count)' },
  { id: 'dates', label: 'Dates' },
  { id: 'quotes', label: 'Quotes and attributed statements' },
];

const SERVICES: { id: RelatedService; label: string; host: string }[] = [
  { id: 'gdelt', label: 'GDELT', host: 'api.gdeltproject.org' },
  { id: 'google-news', label: 'Google News', host: 'news.google.com' },
  { id: 'bing-news', label: 'Bing News', host: 'www.bing.com' },
];

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    loadSettings().then(setSettings).catch(() => {
      setSettings(structuredClone(DEFAULT_SETTINGS));
      setStatus('Your settings could not be read; showing the defaults.');
    });
    onSettingsChanged(setSettings, controller.signal);
    return () => controller.abort();
  }, []);

  if (!settings) return <main class="options" aria-busy="true"><h1>Footnote settings</h1></main>;

  const change = (patch: Partial<Settings>): void => {
    setSettings({ ...settings, ...patch });
    saveSettings(patch)
      .then((saved) => {
        setSettings(saved);
        setStatus('Saved.');
      })
      .catch(() => setStatus('Could not save. Try again.'));
  };

  return (
    <main class="options">
      <h1>Footnote settings</h1>
      <p class="save-status" role="status" aria-live="polite">{status}</p>

      <section aria-labelledby="highlights-heading">
        <h2 id="highlights-heading">Highlights in the article</h2>
        <Toggle name="highlights" on={settings.highlights} onChange={(highlights) => change({ highlights })}>
          Highlight facts in the articles I read
        </Toggle>
        <fieldset disabled={!settings.highlights}>
          <legend>What to highlight</legend>
          <ChoiceBoxes name="highlight-kind" choices={KINDS} chosen={settings.highlightKinds}
            onChange={(highlightKinds) => change({ highlightKinds })} />
        </fieldset>
        <SiteList sites={settings.disabledSites} onChange={(disabledSites) => change({ disabledSites })} />
      </section>

      <section aria-labelledby="related-heading">
        <h2 id="related-heading">Related coverage</h2>
        <Toggle name="related" on={settings.related} onChange={(related) => change({ related })}>
          Show other outlets’ reports of the same story
        </Toggle>
        <fieldset disabled={!settings.related}>
          <legend>Services to ask</legend>
          <ChoiceBoxes name="related-service" choices={SERVICES} chosen={settings.relatedServices}
            onChange={(relatedServices) => change({ relatedServices })} />
          <label>
            <input type="checkbox" name="related-prefetch" checked={settings.relatedPrefetch}
              onChange={(e) => change({ relatedPrefetch: e.currentTarget.checked })} />
            Look for related coverage as soon as an article is read, before I open the panel
          </label>
        </fieldset>
      </section>

      <section aria-labelledby="privacy-heading" class="privacy">
        <h2 id="privacy-heading">What leaves your browser, and when</h2>
        <ul>
          <li>
            <strong>Reading the article stays on your computer.</strong> Footnote finds the figures, dates and sources
            in the page itself, inside your browser. The article’s text, its address and what you read are never
            sent anywhere.
          </li>
          <li>
            <strong>Related coverage sends a short search query</strong>, made from the article’s headline and the
            names and words that stand out in it, with its publication date, language and country, to the services ticked above{settings.related ? '' : ' (off now: nothing is sent)'}.
            It is sent only when you open the panel on an article
            {settings.relatedPrefetch ? ', or as soon as an article is read, because you chose that above' : ''},
            at most once per article per service. Like any website, those services also see your IP address.
            Turn related coverage off and nothing is sent.
          </li>
          <li>
            <strong>Your settings</strong> are kept in your browser’s synced storage: if you sign in to your browser with
            sync on, your browser copies them to your other devices. Footnote itself has no server and keeps no account.
          </li>
        </ul>
      </section>
    </main>
  );
}

function SiteList({ sites, onChange }: { sites: string[]; onChange: (sites: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event): void => {
    event.preventDefault();
    const host = siteHost(draft);
    if (!host) {
      setError('Type a site such as example.com.');
      return;
    }
    setError('');
    setDraft('');
    if (!sites.includes(host)) onChange([...sites, host].sort());
  };
  return (
    <div class="sites">
      <h3 id="sites-heading">Sites without highlights</h3>
      <p class="muted">The panel still works on these sites; only the highlights in the page are off.</p>
      {sites.length === 0
        ? <p class="empty">No sites yet.</p>
        : (
          <ul aria-labelledby="sites-heading">
            {sites.map((site) => (
              <li key={site}>
                <span class="site">{site}</span>
                <button type="button" class="secondary" aria-label={`Remove ${site}`} onClick={() => onChange(sites.filter((s) => s !== site))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      <form onSubmit={add} class="add-site">
        <label for="site-input">Add a site</label>
        <input id="site-input" type="text" inputMode="url" placeholder="example.com" value={draft}
          aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit">Add</button>
        {error && <p id="site-error" class="error" role="alert">{error}</p>}
      </form>
    </div>
  );
}

/** A switch for a whole feature, which the choices under it depend on. */
function Toggle({ name, on, onChange, children }: { name: string; on: boolean; onChange: (on: boolean) => void; children: ComponentChildren }) {
  return (
    <label class="toggle">
      <input type="checkbox" name={name} checked={on} onChange={(e) => onChange(e.currentTarget.checked)} />
      {children}
    </label>
  );
}

/**
 * A box for each choice of a list setting (the kinds to highlight, the services to ask), ticked
 * when the setting holds it; a choice with a host names it, so that one sees where a query goes.
 */
function ChoiceBoxes<T extends string>({ name, choices, chosen, onChange }: {
  name: string;
  choices: readonly { id: T; label: string; host?: string }[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}) {
  return (
    <>
      {choices.map((choice) => (
        <label key={choice.id}>
          <input type="checkbox" name={name} value={choice.id} checked={chosen.includes(choice.id)}
            onChange={(e) => onChange(toggled(chosen, choice.id, e.currentTarget.checked))} />
          {choice.label}
          {choice.host && <> <span class="muted">({choice.host})</span></>}
        </label>
      ))}
    </>
  );
}

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  const rest = list.filter((x) => x !== item);
  return on ? [...rest, item] : rest;
}
