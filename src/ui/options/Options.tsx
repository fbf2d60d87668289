export function Options() {
  return (
    <main class="options">
      <h1>TrueTitle settings</h1>
      <p>TrueTitle analyses job postings on LinkedIn and Indeed in your browser. No posting text leaves this computer.</p>
    </main>
  );
}
