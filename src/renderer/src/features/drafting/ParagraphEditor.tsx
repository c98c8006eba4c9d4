import { useRef, useState, type KeyboardEvent } from 'react'
import type { ClippingRow } from '../../../../shared/api'
import { attachEvidence, moveParagraphBefore, updateParagraph, type DraftBody } from '../../../../shared/drafting/draft-edits'
import { danglingReferences, fromEditableText, toEditableText } from '../../../../shared/drafting/references'
import { paragraphStatuses, type Paragraph, type Tag } from '../../../../shared/model'
import { AlternativesEditor } from './AlternativesEditor'
import { carries, DRAG_CLIPPINGS, DRAG_PARAGRAPH, droppedIds, startDrag } from './drag'
import { EvidenceList } from './EvidenceList'
import { ReferenceMenu } from './ReferenceMenu'
import type { DraftEdit } from './use-draft-editor'

export const STATUS_LABELS: Record<Paragraph['status'], string> = {
  draft: 'Draft',
  proposed: 'Proposed',
  agreed: 'Agreed ad referendum',
  bracketed: 'Bracketed',
}

export interface ParagraphContext {
  draft: DraftBody
  labels: Map<string, string>
  clippingsById: ReadonlyMap<string, ClippingRow>
  tagsById: ReadonlyMap<string, Tag>
  apply: (label: string, edit: DraftEdit, mergeKey?: string) => void
  onFocusParagraph: (id: string) => void
  onPickEvidence: (paragraphId: string) => void
  onOpenClipping: (clipping: ClippingRow) => void
}

interface Props {
  ctx: ParagraphContext
  paragraph: Paragraph
  /** "1." before an operative paragraph; "PP1" (the negotiators' shorthand) before a preambular one. */
  mark: string
  /** Operative paragraphs get an operative placeholder text. */
  operative: boolean
  /** Moves within its article or the preamble, by keyboard or buttons; null at the edge. */
  onMove: (delta: -1 | 1) => void
  canMove: { up: boolean; down: boolean }
  onDelete: () => void
  /** Why a proposed paragraph reads as it does, until the analyst dismisses it. */
  reasons?: string[]
  onDismissReasons: () => void
}

export function ParagraphEditor({ ctx, paragraph, mark, operative, onMove, canMove, onDelete, reasons, onDismissReasons }: Props) {
  const { draft, labels, apply } = ctx
  const label = labels.get(paragraph.id) ?? 'Paragraph'
  const textRef = useRef<HTMLTextAreaElement>(null)
  const [dropping, setDropping] = useState(false)
  const editable = toEditableText(draft, paragraph.text)
  const dangling = danglingReferences(draft, paragraph.text)
  const noEvidence = paragraph.clippingIds.length === 0

  function setText(next: string) {
    apply(`Edit ${label}`, (d) => updateParagraph(d, paragraph.id, { text: fromEditableText(d, next) }), `text:${paragraph.id}`)
  }

  function insertReference(target: string) {
    const el = textRef.current
    const at = el?.selectionStart ?? editable.length
    const end = el?.selectionEnd ?? at
    const inserted = `⟨${target}⟩`
    setText(editable.slice(0, at) + inserted + editable.slice(end))
    requestAnimationFrame(() => {
      el?.focus()
      el?.setSelectionRange(at + inserted.length, at + inserted.length)
    })
  }

  function onKeyDown(e: KeyboardEvent) {
    if (!e.altKey || e.ctrlKey || e.metaKey) return
    if ((e.key === 'ArrowUp' && canMove.up) || (e.key === 'ArrowDown' && canMove.down)) {
      e.preventDefault()
      onMove(e.key === 'ArrowUp' ? -1 : 1)
    }
  }

  return (
    <div
      className={`para-editor${noEvidence ? ' para-no-evidence' : ''}${dropping ? ' para-dropping' : ''}`}
      role="group"
      aria-label={label}
      data-paragraph-id={paragraph.id}
      onFocus={() => ctx.onFocusParagraph(paragraph.id)}
      onKeyDown={onKeyDown}
      onDragOver={(e) => {
        if (!carries(e, DRAG_CLIPPINGS) && !carries(e, DRAG_PARAGRAPH)) return
        e.preventDefault()
        e.dataTransfer.dropEffect = carries(e, DRAG_CLIPPINGS) ? 'copy' : 'move'
        setDropping(true)
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropping(false)
      }}
      onDrop={(e) => {
        setDropping(false)
        const clippings = droppedIds(e, DRAG_CLIPPINGS)
        const [moved] = droppedIds(e, DRAG_PARAGRAPH)
        if (clippings.length === 0 && !moved) return
        e.preventDefault()
        if (clippings.length > 0) {
          apply(`Attach evidence to ${label}`, (d) => attachEvidence(d, paragraph.id, clippings))
        } else if (moved && moved !== paragraph.id) {
          apply(`Move ${labels.get(moved) ?? 'paragraph'}`, (d) => moveParagraphBefore(d, moved, paragraph.id))
        }
      }}
    >
      <div className="para-head">
        <span
          className="drag-handle"
          draggable
          title="Drag to move this paragraph"
          aria-hidden="true"
          onDragStart={(e) => startDrag(e, DRAG_PARAGRAPH, [paragraph.id], paragraph.text)}
        >
          ⠿
        </span>
        <span className="para-label" title={label}>
          {mark}
        </span>
        <select
          className="para-status"
          aria-label={`Status of ${label}`}
          value={paragraph.status}
          onChange={(e) =>
            apply(`Mark ${label} ${STATUS_LABELS[e.target.value as Paragraph['status']].toLowerCase()}`, (d) =>
              updateParagraph(d, paragraph.id, { status: e.target.value as Paragraph['status'] }),
            )
          }
        >
          {paragraphStatuses.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <span className="para-tools">
          <ReferenceMenu labels={labels} selfId={paragraph.id} onPick={insertReference} />
          <button type="button" className="tool-button" onClick={() => ctx.onPickEvidence(paragraph.id)}>
            Add evidence…
          </button>
          <button type="button" className="tool-button" aria-label={`Move ${label} up`} disabled={!canMove.up} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button type="button" className="tool-button" aria-label={`Move ${label} down`} disabled={!canMove.down} onClick={() => onMove(1)}>
            ↓
          </button>
          <button type="button" className="tool-button tool-button-danger" aria-label={`Delete ${label}`} onClick={onDelete}>
            Delete
          </button>
        </span>
      </div>
      <textarea
        ref={textRef}
        className="para-text"
        aria-label={`Text of ${label}`}
        dir="auto"
        rows={2}
        value={editable}
        placeholder={operative ? 'Each State Party shall …' : 'Recalling …,'}
        onChange={(e) => setText(e.target.value)}
      />
      {dangling.length > 0 && (
        <p className="para-warning" role="alert">
          This paragraph refers to an article or paragraph that was deleted (shown as ⟨deleted reference …⟩). Remove the reference, or undo the
          deletion.
        </p>
      )}
      <AlternativesEditor ctx={ctx} paragraph={paragraph} label={label} />
      {reasons && reasons.length > 0 && (
        <div className="para-reasons" role="note" aria-label={`Why ${label} reads this way`}>
          <p className="para-reasons-title">Proposed wording, from the obligations attached:</p>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <button type="button" className="tool-button" onClick={onDismissReasons}>
            Hide reasons
          </button>
        </div>
      )}
      <EvidenceList ctx={ctx} paragraph={paragraph} label={label} />
    </div>
  )
}
