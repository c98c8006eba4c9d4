import { useCallback, useEffect, useRef, useState } from 'react'
import type { DraftBody } from '../../../../shared/drafting/draft-edits'
import type { AppErrorData } from '../../../../shared/errors'
import type { Draft } from '../../../../shared/model'
import { call } from '../../lib/api'
import { mutate, useDataVersion } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import type { SaveState } from '../clipping-editor/use-clipping-save'

const TYPING_DELAY_MS = 500

export type DraftEdit = (draft: DraftBody) => DraftBody

interface Pending {
  label: string
  mergeKey?: string
}

const bodyOf = (d: DraftBody): DraftBody => ({ title: d.title, preamble: d.preamble, articles: d.articles })
const sameBody = (a: DraftBody, b: DraftBody) => JSON.stringify(bodyOf(a)) === JSON.stringify(bodyOf(b))

/**
 * The draft being edited, held here while the user works on it: every edit
 * shows at once and is saved as one undo step (typing after a pause, as one
 * step per burst in one field). Saves go out one after another; the whole
 * body is sent each time, so a failed save is repaired by the next one.
 * When the workspace changes underneath (undo, redo), the draft reloads,
 * unless the user has edits that are not saved yet.
 */
export function useDraftEditor(id: string) {
  const [draft, setDraft] = useState<Draft | null>(null)
  const [loadError, setLoadError] = useState<AppErrorData | null>(null)
  // What is on screen is what is on disk until the first edit.
  const [save, setSave] = useState<SaveState>({ status: 'saved' })
  const local = useRef<Draft | null>(null)
  const pending = useRef<Pending | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const queue = useRef<Promise<void>>(Promise.resolve())
  const inFlight = useRef(0)
  const dataVersion = useDataVersion()

  useEffect(() => {
    let live = true
    call('drafts.get', { id }).then(
      (server) => {
        if (!live || pending.current !== null || inFlight.current > 0) return
        setLoadError(null)
        if (local.current && sameBody(local.current, server)) return
        local.current = server
        setDraft(server)
      },
      (err: unknown) => live && setLoadError(toErrorData(err)),
    )
    return () => {
      live = false
    }
  }, [id, dataVersion])

  const flush = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = undefined
    const what = pending.current
    const current = local.current
    if (what === null || current === null) return
    pending.current = null
    const body = bodyOf(current)
    inFlight.current++
    setSave({ status: 'saving' })
    queue.current = queue.current.then(async () => {
      try {
        await mutate('drafts.update', { id, body, label: what.label, mergeKey: what.mergeKey })
        inFlight.current--
        if (inFlight.current === 0) setSave({ status: 'saved' })
      } catch (err) {
        inFlight.current--
        // Kept on screen and marked unsaved: the next edit (or Retry) sends the whole draft again.
        pending.current ??= { label: what.label }
        setSave({ status: 'error', error: toErrorData(err) })
      }
    })
  }, [id])

  /**
   * Applies an edit and saves it as the undo step `label`. Typing (`mergeKey`
   * names the field) waits for a pause; anything else saves at once, after
   * any typing still waiting, so the two stay separate undo steps.
   */
  const apply = useCallback(
    (label: string, edit: DraftEdit, mergeKey?: string) => {
      const current = local.current
      if (current === null) return
      if (pending.current !== null && (mergeKey === undefined || pending.current.mergeKey !== mergeKey)) flush()
      const next = { ...current, ...bodyOf(edit(current)) }
      local.current = next
      setDraft(next)
      pending.current = { label, mergeKey }
      // Shown from the first keystroke: the save follows within a pause in typing.
      setSave({ status: 'saving' })
      if (mergeKey === undefined) flush()
      else {
        window.clearTimeout(timer.current)
        timer.current = window.setTimeout(flush, TYPING_DELAY_MS)
      }
    },
    [flush],
  )

  const retry = useCallback(() => {
    pending.current ??= { label: 'Save draft' }
    flush()
  }, [flush])

  /** Saves what is waiting and resolves once every save has been answered (before an export, say). */
  const whenSaved = useCallback(() => {
    flush()
    return queue.current
  }, [flush])

  // Leaving the draft mid-word still saves what was typed.
  useEffect(() => flush, [flush])

  return { draft, loadError, save, apply, retry, whenSaved }
}
