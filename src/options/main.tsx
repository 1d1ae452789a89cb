import { render } from 'preact';

// The options page (settings arrive with the fact-panel work).
function Options() {
  return (
    <main>
      <h1>Footnote</h1>
      <p>Footnote reads the article in your tab, in your browser. Nothing leaves the browser unless you ask for related coverage.</p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
