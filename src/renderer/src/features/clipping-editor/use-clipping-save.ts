import { useCallback, useEffect, useRef, useState } from 'react'
import type { ClippingPatch } from '../../../../shared/clipping-inputs'
import type { AppErrorData } from '../../../../shared/errors'
import type { Clipping } from '../../../../shared/model'
import { mutate } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import { draftOf, mergeDraft, patchFor, sameDraft, type Draft, type DraftField } from './clipping-draft'

export type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; error: AppErrorData }

const TYPING_DELAY_MS = 400

/**
 * The editor's values and their saving: each change is sent at once (text
 * after a pause in typing), saves go out one after another in the order
 * made, and what the user typed stays on screen when a save fails.
 */
export function useClippingSave(clipping: Clipping) {
  const server = draftOf(clipping)
  const [state, setState] = useState(() => ({ base: server, values: server }))
  let values = state.values
  if (!sameDraft(server, state.base)) {
    values = mergeDraft(state.base, state.values, server)
    setState({ base: server, values })
  }

  const [save, setSave] = useState<SaveState>({ status: 'idle' })
  const valuesRef = useRef(values)
  const dirty = useRef(new Set<DraftField>())
  const timer = useRef<number | undefined>(undefined)
  const queue = useRef<Promise<void>>(Promise.resolve())
  const inFlight = useRef(0)
  const id = clipping.id
  const hadObligation = clipping.obligation !== undefined

  useEffect(() => {
    valuesRef.current = values
  })

  const send = useCallback(
    (patch: ClippingPatch, retry: ReadonlySet<DraftField> = new Set()) => {
      inFlight.current++
      setSave({ status: 'saving' })
      queue.current = queue.current.then(async () => {
        try {
          await mutate('clippings.update', { id, patch })
          inFlight.current--
          if (inFlight.current === 0) setSave({ status: 'saved' })
        } catch (err) {
          inFlight.current--
          // The fields are sent again with the next change, so nothing typed is lost.
          for (const f of retry) dirty.current.add(f)
          setSave({ status: 'error', error: toErrorData(err) })
        }
      })
      return queue.current
    },
    [id],
  )

  const flush = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = undefined
    if (dirty.current.size === 0) return
    const fields = new Set(dirty.current)
    dirty.current.clear()
    const patch = patchFor(valuesRef.current, fields, hadObligation)
    if (Object.keys(patch).length > 0) void send(patch, fields)
  }, [hadObligation, send])

  /** Sets a field; `typing` waits for a pause before saving. */
  const setField = useCallback(
    <F extends DraftField>(field: F, value: Draft[F], typing = false) => {
      const next = { ...valuesRef.current, [field]: value }
      valuesRef.current = next
      setState((s) => ({ ...s, values: next }))
      dirty.current.add(field)
      if (typing) {
        window.clearTimeout(timer.current)
        timer.current = window.setTimeout(flush, TYPING_DELAY_MS)
      } else {
        flush()
      }
    },
    [flush],
  )

  // Leaving the clipping (or the view) mid-word still saves what was typed.
  useEffect(() => flush, [flush])

  return { values, setField, flush, send, save }
}
