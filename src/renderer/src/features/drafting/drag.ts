import type { DragEvent } from 'react'

/*
 * What can be dragged in the drafting pane, each under its own data type so
 * a drop target can tell from the type alone (data is readable only on drop)
 * whether it accepts what is over it.
 */
export const DRAG_CLIPPINGS = 'application/x-clausewright-clippings'
export const DRAG_PARAGRAPH = 'application/x-clausewright-paragraph'
export const DRAG_ARTICLE = 'application/x-clausewright-article'

export type DragKind = typeof DRAG_CLIPPINGS | typeof DRAG_PARAGRAPH | typeof DRAG_ARTICLE

/** Starts a drag carrying ids; `text` is what other applications receive. */
export function startDrag(e: DragEvent, kind: DragKind, ids: readonly string[], text: string): void {
  e.dataTransfer.setData(kind, JSON.stringify(ids))
  e.dataTransfer.setData('text/plain', text)
  e.dataTransfer.effectAllowed = kind === DRAG_CLIPPINGS ? 'copy' : 'move'
}

export function carries(e: DragEvent, kind: DragKind): boolean {
  return e.dataTransfer.types.includes(kind)
}

/** The ids a drop carries of this kind; [] for anything else. */
export function droppedIds(e: DragEvent, kind: DragKind): string[] {
  try {
    const ids: unknown = JSON.parse(e.dataTransfer.getData(kind) || '[]')
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return []
  }
}
