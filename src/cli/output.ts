import type { DraftSummary, SourceRow } from '../shared/api'

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n')
}

function cell(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width)
}

/** A plain-text table of sources for the terminal. */
export function formatSourceTable(rows: SourceRow[]): string {
  if (rows.length === 0) return 'No sources.'
  const sorted = [...rows].sort((a, b) => a.title.localeCompare(b.title))
  const lines = [`${cell('ID', 17)}  ${cell('DATE', 10)}  ${cell('KIND', 9)}  ${cell('CLIPS', 5)}  TITLE`]
  for (const r of sorted) {
    lines.push(`${cell(r.id, 17)}  ${cell(r.date || '-', 10)}  ${cell(r.kind, 9)}  ${cell(String(r.clippingCount), 5)}  ${r.title}`)
  }
  return lines.join('\n')
}

/** A plain-text table of drafts for the terminal. */
export function formatDraftTable(rows: DraftSummary[]): string {
  if (rows.length === 0) return 'No drafts.'
  const lines = [`${cell('ID', 22)}  ${cell('ARTICLES', 8)}  ${cell('PARAS', 5)}  TITLE`]
  for (const r of rows) lines.push(`${cell(r.id, 22)}  ${cell(String(r.articleCount), 8)}  ${cell(String(r.paragraphCount), 5)}  ${r.title}`)
  return lines.join('\n')
}
