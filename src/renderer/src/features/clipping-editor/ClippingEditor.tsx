import { useEffect, useMemo, useRef, useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { Clipping, Tag } from '../../../../shared/model'
import { ErrorMessage } from '../../components/ErrorMessage'
import { mutate } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import { leadingContext, trailingContext } from '../clippings/quote-context'
import { undo } from '../history/history'
import { showToast } from '../history/toast'
import { obligationFields, type DraftField } from './clipping-draft'
import { ObligationFields } from './ObligationFields'
import { facetTags } from '../../lib/tag-tree'
import { useRecentTags } from './recent-tags'
import { ResizeControls } from './ResizeControls'
import { SaveStatus } from './SaveStatus'
import { TagsSection } from './TagsSection'
import { useClippingSave } from './use-clipping-save'
import '../../styles/editor.css'

export interface ClippingEditorProps {
  clipping: Clipping
  tags: Tag[]
  sourceTitle?: string
  onDeleted?: () => void
  onOpenInReader?: (clipping: Clipping) => void
}

/** Edits one clipping in place: tags, obligation fields, boundaries; every change saves at once. */
export function ClippingEditor(props: ClippingEditorProps) {
  // A fresh editor per clipping: typing in progress is saved to the clipping it was typed for.
  return <Editor key={props.clipping.id} {...props} />
}

const editable = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))

function fieldOf(error: AppErrorData | undefined): DraftField | null {
  // "patch.obligation.bearer" names the Bearer field, "patch.note" the note.
  const parts = error?.field?.split('.') ?? []
  const name = parts[1] === 'obligation' ? parts[2] : parts[1]
  const fields: readonly DraftField[] = [...obligationFields, 'note', 'tags']
  return fields.find((f) => f === name) ?? null
}

function Editor({ clipping, tags, sourceTitle, onDeleted, onOpenInReader }: ClippingEditorProps) {
  const rootRef = useRef<HTMLElement>(null)
  const tagsById = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags])
  const { values, setField, flush, send, save } = useClippingSave(clipping)
  const recentIds = useRecentTags()
  const recent = useMemo(() => recentIds.flatMap((id) => tagsById.get(id) ?? []), [recentIds, tagsById])
  const [deleteError, setDeleteError] = useState<AppErrorData | null>(null)
  const typeIds = useMemo(() => new Set(facetTags(tags, 'type').map((n) => n.tag.id)), [tags])
  const instrumentIds = useMemo(() => new Set(facetTags(tags, 'instrument').map((n) => n.tag.id)), [tags])

  // A tag that names an obligation type or an instrument also fills that
  // field while it is empty, so tagging and classifying never disagree.
  function changeTags(ids: string[]) {
    const added = ids.filter((id) => !values.tags.includes(id))
    setField('tags', ids)
    const type = added.find((id) => typeIds.has(id))
    if (type && !values.type) setField('type', type)
    const instrument = added.find((id) => instrumentIds.has(id))
    if (instrument && !values.instrument) setField('instrument', instrument)
  }

  const toggleRef = useRef((_n: number) => {})
  useEffect(() => {
    toggleRef.current = (n: number) => {
      const tag = recent[n - 1]
      if (!tag) return
      const has = values.tags.includes(tag.id)
      changeTags(has ? values.tags.filter((t) => t !== tag.id) : [...values.tags, tag.id])
    }
  })

  // Number keys work wherever focus is in the editor (a click on the quote focuses it), never while typing.
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      const root = rootRef.current
      if (!root || !root.contains(document.activeElement) || e.ctrlKey || e.metaKey || e.altKey) return
      if (!/^[1-9]$/.test(e.key) || editable(e.target) || document.querySelector('dialog[open]:modal')) return
      e.preventDefault()
      toggleRef.current(Number(e.key))
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  async function remove() {
    flush()
    setDeleteError(null)
    try {
      await mutate('clippings.delete', { ids: [clipping.id] })
      showToast('Clipping deleted', { label: 'Undo', run: () => void undo() })
      onDeleted?.()
    } catch (err) {
      setDeleteError(toErrorData(err))
    }
  }

  const error = save.status === 'error' ? save.error : undefined
  return (
    <article
      className="detail clipping-editor"
      ref={rootRef}
      aria-label="Clipping editor"
      aria-keyshortcuts={recent.length > 0 ? '1 2 3 4 5 6 7 8 9' : undefined}
      tabIndex={-1}
    >
      <div className="editor-head">
        <h2 className="detail-eyebrow">Clipping</h2>
        <SaveStatus state={save} />
      </div>
      <blockquote className="quote" dir="auto">
        <span className="quote-context">{leadingContext(clipping.prefix)}</span>
        <mark className="quote-text">{clipping.quote}</mark>
        <span className="quote-context">{trailingContext(clipping.suffix)}</span>
      </blockquote>
      {sourceTitle && (
        <p className="quote-source">
          <cite dir="auto">{sourceTitle}</cite>
          {clipping.page !== undefined && <span className="muted"> · p. {clipping.page}</span>}
        </p>
      )}
      <ResizeControls clipping={clipping} onResize={(start, end) => void send({ start, end })} />

      <TagsSection
        tagIds={values.tags}
        tags={tags}
        tagsById={tagsById}
        recent={recent}
        onChange={changeTags}
      />

      <h3 className="section-heading">Obligation</h3>
      <ObligationFields
        quote={clipping.quote}
        values={values}
        tags={tags}
        tagsById={tagsById}
        setField={setField}
        onTextDone={flush}
        invalidField={fieldOf(error)}
      />

      <div className="editor-actions">
        {onOpenInReader && (
          <button type="button" className="button" onClick={() => onOpenInReader(clipping)}>
            Open in reader
          </button>
        )}
        <button type="button" className="button button-danger" onClick={() => void remove()}>
          Delete clipping
        </button>
      </div>
      {deleteError && <ErrorMessage title="The clipping was not deleted." error={deleteError} />}
    </article>
  )
}
