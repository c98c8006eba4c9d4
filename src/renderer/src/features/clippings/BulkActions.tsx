import { useState } from 'react'
import type { ClippingRow } from '../../../../shared/api'
import type { AppErrorData } from '../../../../shared/errors'
import type { Tag } from '../../../../shared/model'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Popover } from '../../components/Popover'
import { mutate } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import { countOf } from '../../lib/format'
import { BulkClassifyForm } from './BulkClassifyForm'
import { BulkTagForm } from './BulkTagForm'

interface Props {
  ids: string[]
  /** Every clipping, where the tag form finds the tags of the ticked ones. */
  clippings: readonly ClippingRow[]
  tags: readonly Tag[]
  onDeleted: (message: string) => void
  clear: () => void
}

/** Tag, classify or delete every ticked clipping in one step (one undo step too). */
export function BulkActions({ ids, clippings, tags, onDeleted, clear }: Props) {
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)

  async function remove() {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      const { deleted } = await mutate('clippings.delete', { ids })
      clear()
      onDeleted(`${countOf(deleted, 'clipping', 'clippings')} deleted`)
    } catch (err) {
      setError(toErrorData(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Popover button="Tag…" label="Tag selected clippings">
        <BulkTagForm ids={ids} clippings={clippings} tags={tags} />
      </Popover>
      <Popover button="Classify…" label="Classify selected clippings">
        <BulkClassifyForm ids={ids} tags={tags} />
      </Popover>
      <button type="button" className="button button-danger" aria-disabled={busy} onClick={() => void remove()}>
        Delete
      </button>
      {error && <ErrorMessage title="Could not delete the clippings." error={error} />}
    </>
  )
}
