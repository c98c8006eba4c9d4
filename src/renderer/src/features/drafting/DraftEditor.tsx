import { useEffect, useMemo, useRef, useState } from 'react'
import type { ClippingRow } from '../../../../shared/api'
import { attachEvidence, findParagraph, insertArticles, insertParagraph, newArticle, newParagraph } from '../../../../shared/drafting/draft-edits'
import { definitionsArticle, finalClauses } from '../../../../shared/drafting/templates'
import type { AppErrorData } from '../../../../shared/errors'
import type { Tag } from '../../../../shared/model'
import { numberDraft } from '../../../../shared/numbering'
import { ErrorMessage } from '../../components/ErrorMessage'
import { SaveStatus } from '../clipping-editor/SaveStatus'
import { ArticleEditor, focusParagraphSoon, ParagraphList } from './ArticleEditor'
import type { Command } from '../commands/command'
import { DraftHeader } from './DraftHeader'
import { useDraftExports } from './ExportMenu'
import { useDraftCommands } from './use-draft-commands'
import { EvidencePanel } from './EvidencePanel'
import { EvidencePicker } from './EvidencePicker'
import type { ParagraphContext } from './ParagraphEditor'
import { useDraftEditor } from './use-draft-editor'
import { useProposals } from './use-proposals'

interface Props {
  draftId: string
  clippings: ClippingRow[]
  tagsById: ReadonlyMap<string, Tag>
  onClose: () => void
  onOpenClipping: (clipping: ClippingRow) => void
  /** Offers the pane's commands to the palette while it is open (null when it closes). */
  onCommands?: (commands: Command[] | null) => void
}

/**
 * The drafting pane: the draft as numbered treaty text to edit on the left,
 * the clippings to support it on the right. Numbers are derived on every
 * render, so they update everywhere at once after any move.
 */
export function DraftEditor({ draftId, clippings, tagsById, onClose, onOpenClipping, onCommands }: Props) {
  const editor = useDraftEditor(draftId)
  const { draft, apply } = editor
  const [activeParagraph, setActiveParagraph] = useState<string | null>(null)
  const [picking, setPicking] = useState<string | null>(null)
  const [exportError, setExportError] = useState<AppErrorData | null>(null)
  const clippingsById = useMemo(() => new Map(clippings.map((c) => [c.id, c])), [clippings])
  const proposals = useProposals({ draft, apply, clippingsById, tagsById, activeParagraph })
  const labels = useMemo(() => (draft ? numberDraft(draft) : new Map<string, string>()), [draft])
  const exports = useDraftExports({ draftId, whenSaved: editor.whenSaved, onError: setExportError })
  const actions = useRef({ addArticle: () => {}, addPreambular: () => {}, pickEvidence: () => {}, exports })
  useDraftCommands(onCommands, actions)

  function addArticle() {
    const paragraph = newParagraph()
    apply('Add an article', (d) => insertArticles(d, [newArticle('', [paragraph])]))
    focusParagraphSoon(paragraph.id)
  }

  function addPreambular() {
    const p = newParagraph()
    apply('Add a preambular paragraph', (d) => insertParagraph(d, 'preamble', p))
    focusParagraphSoon(p.id)
  }

  // The palette's commands call the pane as it is now.
  useEffect(() => {
    actions.current = {
      addArticle,
      addPreambular,
      pickEvidence: () => {
        if (draft && activeParagraph && findParagraph(draft, activeParagraph)) setPicking(activeParagraph)
      },
      exports,
    }
  })

  if (editor.loadError && !draft) return <ErrorMessage title="Could not open this draft." error={editor.loadError} />
  if (!draft) return <p className="detail-placeholder">Loading draft…</p>

  const ctx: ParagraphContext = {
    draft,
    labels,
    clippingsById,
    tagsById,
    apply,
    onFocusParagraph: setActiveParagraph,
    onPickEvidence: setPicking,
    onOpenClipping,
  }
  // The paragraph last worked on receives ticked clippings, as long as it still exists.
  const target = activeParagraph && findParagraph(draft, activeParagraph) ? activeParagraph : null

  return (
    <div className="drafting">
      <div className="drafting-main">
        <DraftHeader draft={draft} apply={apply} whenSaved={editor.whenSaved} exports={exports} onClose={onClose} onExportError={setExportError}>
          <SaveStatus state={editor.save} />
          {editor.save.status === 'error' && (
            <button type="button" className="button button-small" onClick={editor.retry}>
              Retry saving
            </button>
          )}
        </DraftHeader>
        {exportError && (
          <div className="notice notice-error drafting-notice">
            <ErrorMessage title="Nothing was exported." error={exportError} />
            <button type="button" className="button button-small" onClick={() => setExportError(null)}>
              Dismiss
            </button>
          </div>
        )}
        <div className="drafting-scroll">
          <div className="drafting-text">
            <section className="preamble-editor" aria-label="Preamble">
              <h2 className="drafting-section-title">Preamble</h2>
              {draft.preamble.length === 0 && <p className="muted">No preambular paragraphs. They open with “Recalling”, “Recognizing”, “Concerned”… and end with a comma.</p>}
              <ParagraphList
                ctx={ctx}
                container="preamble"
                paragraphs={draft.preamble}
                numbered={false}
                reasons={proposals.reasons}
                onDismissReasons={proposals.dismiss}
              />
              <button type="button" className="button button-quiet add-paragraph" onClick={addPreambular}>
                + Preambular paragraph
              </button>
            </section>
            {draft.articles.map((article, i) => (
              <ArticleEditor
                key={article.id}
                ctx={ctx}
                article={article}
                number={i + 1}
                count={draft.articles.length}
                reasons={proposals.reasons}
                onDismissReasons={proposals.dismiss}
              />
            ))}
            <div className="add-articles" role="group" aria-label="Add articles">
              <button type="button" className="button" onClick={addArticle}>
                + Article
              </button>
              <button type="button" className="button button-quiet" onClick={() => apply('Add a definitions article', (d) => insertArticles(d, [definitionsArticle()], 0))}>
                + Definitions article (first)
              </button>
              <button type="button" className="button button-quiet" onClick={() => apply('Add the final clauses', (d) => insertArticles(d, finalClauses()))}>
                + Final clauses (last)
              </button>
            </div>
          </div>
        </div>
      </div>
      <EvidencePanel
        clippings={clippings}
        tagsById={tagsById}
        target={target ? (labels.get(target) ?? null) : null}
        onAttach={(ids) => target && apply(`Attach evidence to ${labels.get(target)}`, (d) => attachEvidence(d, target, ids))}
        onProposeParagraph={proposals.proposeParagraph}
        onProposePreamble={proposals.proposePreamble}
        onOpenClipping={onOpenClipping}
      />
      {picking && findParagraph(draft, picking) && (
        <EvidencePicker
          label={labels.get(picking) ?? 'paragraph'}
          clippings={clippings}
          tagsById={tagsById}
          attached={findParagraph(draft, picking)?.paragraph.clippingIds ?? []}
          onAttach={(id) => apply(`Attach evidence to ${labels.get(picking)}`, (d) => attachEvidence(d, picking, [id]))}
          onClose={() => setPicking(null)}
        />
      )}
    </div>
  )
}
