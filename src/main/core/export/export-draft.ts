import type { DraftExport, ExportFormat } from '../../../shared/api'
import { getDraft } from '../drafts'
import type { WorkspaceStore } from '../workspace-store'
import { exportEvidenceCsv } from './evidence-csv'
import { exportJsonPack } from './json-pack'
import { exportMarkdown } from './markdown'

const EXTENSIONS: Record<ExportFormat, string> = { markdown: 'md', json: 'json', csv: 'csv' }

/** A file name from the draft's title: letters and digits of any script, hyphens between words. */
export function exportFileName(title: string, format: ExportFormat): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  const suffix = format === 'csv' ? '-evidence' : ''
  return `${slug || 'clause-pack'}${suffix}.${EXTENSIONS[format]}`
}

/** A draft exported in one format, with the file name to offer; quotes are verified first. */
export async function exportDraft(
  store: WorkspaceStore,
  id: string,
  format: ExportFormat,
  options: { date?: string } = {},
): Promise<DraftExport> {
  const fileName = exportFileName(getDraft(store, id).title, format)
  const content =
    format === 'markdown'
      ? await exportMarkdown(store, id, options)
      : format === 'json'
        ? await exportJsonPack(store, id)
        : await exportEvidenceCsv(store, id)
  return { format, fileName, content }
}
