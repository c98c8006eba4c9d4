import { useRef } from 'react'
import type { ImportPackSummary } from '../../../../shared/api'
import { mutate } from '../../lib/data-version'
import { toErrorData } from '../../lib/errors'
import { countOf } from '../../lib/format'
import { useViewRequest, type ViewRequests } from '../commands/view-request'
import { showToast } from '../history/toast'

interface Props {
  onImported: (summary: ImportPackSummary) => void
  requests?: ViewRequests
}

/** Imports a JSON clause pack from another workspace: the draft, its excerpts and their sources. */
export function ImportPackButton({ onImported, requests }: Props) {
  const inputRef = useRef<HTMLInputElement>(null)
  useViewRequest(requests, 'import-pack', () => inputRef.current?.click())

  async function picked(files: FileList | null) {
    const file = files?.[0]
    if (inputRef.current) inputRef.current.value = ''
    if (!file) return
    try {
      const summary = await mutate('drafts.importPack', { name: file.name, text: await file.text() })
      onImported(summary)
      const made = [
        countOf(summary.sourcesCreated, 'source', 'sources'),
        countOf(summary.clippingsCreated, 'clipping', 'clippings'),
        countOf(summary.tagsCreated, 'tag', 'tags'),
      ].join(', ')
      showToast(`Imported ${file.name}: the draft, with ${made} added`)
    } catch (err) {
      const error = toErrorData(err)
      showToast(`${file.name} was not imported: ${error.message}${error.hint ? ` ${error.hint}` : ''}`)
    }
  }

  return (
    <>
      <input ref={inputRef} type="file" accept=".json,application/json" hidden onChange={(e) => void picked(e.target.files)} data-testid="import-pack-input" />
      <button type="button" className="button" onClick={() => inputRef.current?.click()}>
        Import clause pack…
      </button>
    </>
  )
}
