import { useMemo, useState, type DragEvent } from 'react'
import type { Tag } from '../../../../shared/model'
import { mutate } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import { undo } from '../history/history'
import { showToast } from '../history/toast'
import { descendantIds } from './tag-tree'

/** Dragging a row onto another moves the tag under it; each row gets its handlers from the returned function. */
export function useTagDrag(children: Map<string | null, Tag[]>) {
  const [dragging, setDragging] = useState<{ tag: Tag; over: string | null } | null>(null)
  const below = useMemo(() => (dragging ? descendantIds(children, dragging.tag.id) : new Set<string>()), [children, dragging])

  // A tag cannot go under itself, its own descendants, or the parent it already has.
  const canDrop = (target: Tag) =>
    dragging !== null && target.id !== dragging.tag.id && target.id !== dragging.tag.parentId && !below.has(target.id)

  return (target: Tag) => ({
    dropTarget: dragging?.over === target.id,
    onStart: (tag: Tag) => setDragging({ tag, over: null }),
    onOver: (tag: Tag, e: DragEvent) => {
      if (!canDrop(tag)) return
      e.preventDefault()
      if (dragging?.over !== tag.id) setDragging((d) => d && { ...d, over: tag.id })
    },
    onDrop: (parent: Tag) => {
      const moved = dragging?.tag
      setDragging(null)
      if (!moved || !canDrop(parent)) return
      mutate('codebook.updateTag', { id: moved.id, patch: { parentId: parent.id } }).then(
        () => showToast(`Moved ${moved.name} under ${parent.name}`, { label: 'Undo', run: () => void undo() }),
        (err: unknown) => showToast(`${moved.name} was not moved: ${toErrorData(err).message}`),
      )
    },
    onEnd: () => setDragging(null),
  })
}
