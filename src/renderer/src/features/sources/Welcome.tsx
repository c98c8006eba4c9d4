interface Props {
  onImport: () => void
  onPaste: () => void
  onNewDraft: () => void
}

/** The first start of an empty workspace: the whole job in three lines, each with the button that starts it. */
export function Welcome({ onImport, onPaste, onNewDraft }: Props) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="welcome-title">
        Start a workspace
      </h2>
      <ol className="welcome-steps">
        <li>
          <p>
            <strong>Import</strong> the documents you read: text, Markdown, web pages, PDF and Word, one by one or a whole folder.
          </p>
          <div className="welcome-actions">
            <button type="button" className="button button-primary" onClick={onImport}>
              Import files…
            </button>
            <button type="button" className="button" onClick={onPaste}>
              Paste a source…
            </button>
          </div>
        </li>
        <li>
          <p>
            <strong>Clip</strong> the passages that matter: open a source, select a sentence and press <kbd>C</kbd>, then tag it and
            classify the obligation it states.
          </p>
        </li>
        <li>
          <p>
            <strong>Draft</strong> treaty articles from your clippings, each paragraph linked to its evidence, and export the clause pack.
          </p>
          <div className="welcome-actions">
            <button type="button" className="button" onClick={onNewDraft}>
              New draft…
            </button>
          </div>
        </li>
      </ol>
      <p className="muted welcome-hint">
        Every command is in the menus and in the palette (<kbd>Ctrl</kbd>+<kbd>K</kbd>); <kbd>?</kbd> lists the keys.
      </p>
    </section>
  )
}
