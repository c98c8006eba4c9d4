import { useRef, type ChangeEvent } from 'react'
import { useViewRequest, type ViewRequests } from '../commands/view-request'
import { itemsFromFiles, type ImportItem } from './collect-files'
import { ImportMenu } from './ImportMenu'

/** What the core can read; the picker only suggests it, and the core judges each file anyway. */
const ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf,.docx'

/** The Import menu and the hidden file inputs it opens. */
export function ImportButtons({ onImport, requests }: { onImport: (items: ImportItem[]) => void; requests?: ViewRequests }) {
  const filesRef = useRef<HTMLInputElement>(null)
  const folderRef = useRef<HTMLInputElement>(null)
  useViewRequest(requests, 'import-files', () => filesRef.current?.click())
  useViewRequest(requests, 'import-folder', () => folderRef.current?.click())

  function picked(e: ChangeEvent<HTMLInputElement>) {
    const items = itemsFromFiles(e.target.files ?? [])
    // Cleared so that picking the same files again fires change again.
    e.target.value = ''
    onImport(items)
  }

  return (
    <>
      <ImportMenu onPickFiles={() => filesRef.current?.click()} onPickFolder={() => folderRef.current?.click()} />
      <input ref={filesRef} type="file" multiple accept={ACCEPT} hidden onChange={picked} data-testid="import-files-input" />
      {/* webkitdirectory is not in React's attribute types; it makes the picker choose a whole folder tree. */}
      <input
        ref={(el) => {
          folderRef.current = el
          if (el) el.webkitdirectory = true
        }}
        type="file"
        hidden
        onChange={picked}
        data-testid="import-folder-input"
      />
    </>
  )
}
