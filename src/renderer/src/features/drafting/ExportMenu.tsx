import { useState } from 'react'
import type { ExportFormat } from '../../../../shared/api'
import type { AppErrorData } from '../../../../shared/errors'
import { MenuButton } from '../../components/MenuButton'
import { call } from '../../lib/api'
import { toErrorData } from '../../lib/errors'
import { showToast } from '../history/toast'

export interface DraftExportOptions {
  draftId: string
  /** Resolves once every edit is saved, so the export holds what the screen shows. */
  whenSaved: () => Promise<void>
  onError: (error: AppErrorData | null) => void
}

const WHAT: Record<ExportFormat, string> = { markdown: 'Clause pack', json: 'JSON clause pack', csv: 'Evidence table' }

function today(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * Exports of the draft: Markdown to a file or the clipboard, the JSON
 * clause pack, the evidence table as CSV. Each verifies every quote first
 * and says why when it stops. Shared by the Export menu and the palette.
 */
export function useDraftExports({ draftId, whenSaved, onError }: DraftExportOptions) {
  const [dated, setDated] = useState(false)
  const input = (format: ExportFormat) => ({ id: draftId, format, ...(dated ? { date: today() } : {}) })

  async function run(task: () => Promise<void>) {
    onError(null)
    try {
      await whenSaved()
      await task()
    } catch (err) {
      onError(toErrorData(err))
    }
  }

  const saveFile = (format: ExportFormat) => () =>
    void run(async () => {
      const { path } = await call('drafts.saveExport', input(format))
      if (path) showToast(`${WHAT[format]} saved to ${path}`)
    })

  const copyMarkdown = () =>
    void run(async () => {
      const { content } = await call('drafts.export', input('markdown'))
      await navigator.clipboard.writeText(content)
      showToast('Clause pack copied as Markdown')
    })

  return { saveFile, copyMarkdown, dated, setDated }
}

export type DraftExports = ReturnType<typeof useDraftExports>

export function ExportMenu({ exports }: { exports: DraftExports }) {
  const { saveFile, copyMarkdown, dated, setDated } = exports
  return (
    <MenuButton
      label="Export"
      items={[
        { label: 'Markdown file…', run: saveFile('markdown') },
        { label: 'Copy Markdown', run: copyMarkdown },
        { label: 'JSON clause pack…', run: saveFile('json') },
        { label: 'Evidence table (CSV)…', run: saveFile('csv') },
        // Off by default: without a date, the same draft always exports the same bytes.
        { label: 'Date in the front matter', run: () => setDated(!dated), checked: dated },
      ]}
    />
  )
}
