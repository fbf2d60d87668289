import browser from 'webextension-polyfill';

export function Popup() {
  return (
    <main class="popup">
      <header>
        <h1>TrueTitle</h1>
        <p class="tagline">Is that title honest? Open a job on LinkedIn or Indeed and look beside its title.</p>
      </header>
      <section aria-labelledby="flagged-heading">
        <h2 id="flagged-heading">Flagged postings</h2>
        <p class="empty">Nothing flagged yet. Hover a badge and choose “Flag posting” to keep a job here.</p>
      </section>
      <footer>
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>Settings</button>
        <span class="privacy">Everything stays on this computer.</span>
      </footer>
    </main>
  );
}
