/** Options: automatic scoring on/off, the sites where Citable stays off, and what happens to the data (nothing). */
import { useEffect, useState, type FormEvent } from 'react';
import { loadSettings, normalizeSite, saveSettings, type Settings } from '../../messaging/storage';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next).then(() => setMessage('Saved.'));
  };

  if (!settings) return <main className="options">Loading…</main>;

  const addSite = (e: FormEvent) => {
    e.preventDefault();
    const host = normalizeSite(site);
    if (!host) {
      setMessage('That does not look like a site name (for example: example.com).');
      return;
    }
    if (!settings.offSites.includes(host)) update({ ...settings, offSites: [...settings.offSites, host].sort() });
    setSite('');
  };

  return (
    <main className="options">
      <h1>Citable options</h1>
      <p className="privacy" data-testid="privacy">
        <strong>Everything stays in your browser.</strong> Citable reads the page you are on and analyzes it on your
        computer. No page text, URL or score is sent anywhere; the only things stored are these settings and the findings
        you dismissed, in your browser's local extension storage. To show machine access, Citable reads{' '}
        <code>/robots.txt</code> and <code>/llms.txt</code> from the site of the page you are on (once an hour at most),
        and, only when you ask, that page again; it contacts no other site.
      </p>
      <fieldset>
        <legend>Automatic scoring</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.autoScore}
            onChange={(e) => update({ ...settings, autoScore: e.target.checked })}
          />
          Score articles automatically when they load
        </label>
        <p className="muted">When off, open the side panel and choose “Analyze this page”.</p>
      </fieldset>
      <fieldset>
        <legend>Sites where Citable stays off</legend>
        {settings.offSites.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul>
            {settings.offSites.map((s) => (
              <li key={s}>
                {s}{' '}
                <button
                  type="button"
                  className="small"
                  aria-label={`Remove ${s}`}
                  onClick={() => update({ ...settings, offSites: settings.offSites.filter((x) => x !== s) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={addSite} className="row">
          <label htmlFor="site">Site</label>
          <input id="site" type="text" value={site} placeholder="example.com" onChange={(e) => setSite(e.target.value)} />
          <button type="submit">Add</button>
        </form>
        <p className="muted">A site covers its subdomains.</p>
      </fieldset>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </main>
  );
}
