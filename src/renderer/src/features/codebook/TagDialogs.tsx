import { useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { Tag } from '../../../../shared/model'
import { ErrorMessage } from '../../components/ErrorMessage'
import { mutate } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import { countOf } from '../../lib/format'
import { tagPath } from '../../lib/tag-tree'
import { undo } from '../history/history'
import { showToast } from '../history/toast'
import { TagCombobox } from './TagCombobox'
import { ModalDialog } from '../../components/ModalDialog'

const undoAction = { label: 'Undo', run: () => void undo() }

interface Common {
  tag: Tag
  tagsById: ReadonlyMap<string, Tag>
  onClose: () => void
}

/** Runs a codebook operation; on failure the dialog stays open with the reason. */
function useRun(onClose: () => void) {
  const [error, setError] = useState<AppErrorData | null>(null)
  const [pending, setPending] = useState(false)
  async function run(operation: () => Promise<string>) {
    if (pending) return
    setPending(true)
    setError(null)
    try {
      showToast(await operation(), undoAction)
      onClose()
    } catch (err) {
      setError(toErrorData(err))
      setPending(false)
    }
  }
  return { error, pending, run }
}

/** Move to…: pick the new parent, or the top level. */
export function MoveTagDialog({ tag, tagsById, candidates, onClose }: Common & { candidates: readonly Tag[] }) {
  const { error, run } = useRun(onClose)
  const move = (parent: Tag | null) =>
    run(async () => {
      await mutate('codebook.updateTag', { id: tag.id, patch: { parentId: parent?.id ?? null } })
      return parent ? `Moved ${tag.name} under ${parent.name}` : `Moved ${tag.name} to the top level`
    })
  return (
    <ModalDialog title={`Move ${tag.name}`} onCancel={onClose}>
      <p className="dialog-text">
        Choose the tag to move it under. Its child tags move with it; its clippings keep it.
      </p>
      <TagCombobox label="New parent" placeholder="Type to search the codebook" tags={candidates} tagsById={tagsById} onPick={move} autoFocus />
      {error && <ErrorMessage title="The tag was not moved." error={error} />}
      <div className="dialog-buttons">
        {tag.parentId !== null && (
          <button type="button" className="button" onClick={() => void move(null)}>
            Move to top level
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  )
}

/** Merge into…: pick the tag that absorbs this one, then confirm with the numbers. */
export function MergeTagDialog({
  tag,
  tagsById,
  candidates,
  uses,
  childCount,
  onClose,
}: Common & { candidates: readonly Tag[]; uses: number; childCount: number }) {
  const [into, setInto] = useState<Tag | null>(null)
  const { error, pending, run } = useRun(onClose)
  const merge = (target: Tag) =>
    run(async () => {
      const { clippingsMoved } = await mutate('codebook.mergeTags', { fromId: tag.id, intoId: target.id })
      return `Merged ${tag.name} into ${target.name} (${countOf(clippingsMoved, 'clipping', 'clippings')} moved)`
    })
  return (
    <ModalDialog title={`Merge ${tag.name}`} onCancel={onClose}>
      {into === null ? (
        <>
          <p className="dialog-text">Choose the tag to merge it into.</p>
          <TagCombobox label="Merge into" placeholder="Type to search the codebook" tags={candidates} tagsById={tagsById} onPick={setInto} autoFocus />
        </>
      ) : (
        <p className="dialog-text">
          Merge <strong>{tag.name}</strong> into <strong>{tagPath(into, tagsById)}</strong>?{' '}
          {countOf(uses, 'clipping moves', 'clippings move')} to {into.name}
          {childCount > 0 && `, and ${countOf(childCount, 'child tag', 'child tags')} move under it`}. {tag.name} is then
          deleted. You can undo this.
        </p>
      )}
      {error && <ErrorMessage title="The tags were not merged." error={error} />}
      <div className="dialog-buttons">
        {into !== null && (
          <button type="button" className="button" onClick={() => setInto(null)}>
            Choose another tag
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        {into !== null && (
          <button type="button" className="button button-primary" aria-disabled={pending} autoFocus onClick={() => void merge(into)}>
            Merge
          </button>
        )}
      </div>
    </ModalDialog>
  )
}

/** Delete: says what goes with the tag before it goes. */
export function DeleteTagDialog({ tag, onClose, childCount, uses }: Common & { childCount: number; uses: number }) {
  const { error, pending, run } = useRun(onClose)
  const remove = () =>
    run(async () => {
      const { tagsDeleted } = await mutate('codebook.deleteTag', { id: tag.id })
      return `Deleted ${tag.name}${tagsDeleted > 1 ? ` and ${countOf(tagsDeleted - 1, 'child tag', 'child tags')}` : ''}`
    })
  return (
    <ModalDialog title={`Delete ${tag.name}`} onCancel={onClose}>
      <p className="dialog-text">
        Delete {tag.name}
        {childCount > 0 && ` and its ${countOf(childCount, 'child tag', 'child tags')}`}? It is removed from{' '}
        {countOf(uses, 'clipping', 'clippings')}. You can undo this.
      </p>
      {error && <ErrorMessage title="The tag was not deleted." error={error} />}
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="button button-danger-solid" aria-disabled={pending} onClick={() => void remove()}>
          Delete
        </button>
      </div>
    </ModalDialog>
  )
}
