import { useRef, useState } from 'react'
import type { SourceDetail } from '../../../../shared/api'
import type { Clipping, Tag } from '../../../../shared/model'
import type { Candidate } from '../../../../shared/obligations/find-candidates'
import { mutate } from '../../lib/data-version'
import type { Span } from '../../lib/text-find'
import type { Reveal } from './ReaderText'
import type { ReaderTarget } from './SourceReader'

/** Where focus goes in the editor: the tag picker for a new clipping, else the editor as a whole. */
export interface EditorFocus {
  seq: number
  where: 'tags' | 'editor'
}

interface Open {
  id: string
  /** A clipping just made, shown until the reloaded source lists it. */
  created?: { clipping: Clipping; before: SourceDetail }
}

/**
 * Which clipping the reader has open in its editor, and the ways one comes
 * to be opened: clipped from the text, accepted from the candidates, clicked
 * in the text, or asked for from elsewhere through the reader target.
 */
export function useReaderClippings(detail: SourceDetail, tagsById: ReadonlyMap<string, Tag>, target: ReaderTarget | null) {
  const [open, setOpen] = useState<Open | null>(null)
  const [editorFocus, setEditorFocus] = useState<EditorFocus>({ seq: 0, where: 'tags' })
  const [reveal, setReveal] = useState<Reveal | null>(null)
  const [seenTarget, setSeenTarget] = useState<number | null>(null)
  const revealCount = useRef(0)

  if (target?.clippingId && target.seq !== seenTarget) {
    setSeenTarget(target.seq)
    setOpen({ id: target.clippingId })
    // The control that asked for it is gone with the view it was in.
    setEditorFocus((f) => ({ seq: f.seq + 1, where: 'editor' }))
  }

  const current = open
    ? (detail.clippings.find((c) => c.id === open.id) ??
      (open.created && open.created.before === detail ? open.created.clipping : null))
    : null

  // Brought into view above the dock that opens over the text.
  function revealAt(offset: number) {
    setReveal({ offset, key: `clipping ${++revealCount.current}`, block: 'nearest' })
  }

  function show(clipping: Clipping) {
    setOpen({ id: clipping.id, created: { clipping, before: detail } })
    setEditorFocus((f) => ({ seq: f.seq + 1, where: 'tags' }))
    revealAt(clipping.start)
  }

  /** Clips a span of the text and opens the new clipping, ready to tag. */
  async function clip([start, end]: Span) {
    show(await mutate('clippings.create', { sourceId: detail.source.id, start, end }))
  }

  /** Makes a candidate a clipping with its suggestions; the suggested type only if the codebook has it. */
  async function accept(candidate: Candidate, edit: boolean) {
    const type = candidate.type && tagsById.has(candidate.type.typeTagId) ? candidate.type.typeTagId : null
    const clipping = await mutate('clippings.create', {
      sourceId: detail.source.id,
      start: candidate.start,
      end: candidate.end,
      tags: type ? [type] : [],
      obligation: { type, modality: candidate.modality.modality, bearer: '', scope: '', instrument: null, stance: '' },
    })
    if (edit) show(clipping)
  }

  function openById(id: string) {
    setOpen({ id })
    const clipping = detail.clippings.find((c) => c.id === id)
    if (clipping) revealAt(clipping.start)
  }

  return { current, editorFocus, reveal, clip, accept, openById, close: () => setOpen(null) }
}
