import { readFile } from 'node:fs/promises'
import type { ImportResult } from '../shared/api'
import { collectFiles } from '../main/core/import/collect-files'
import { ExtractionService } from '../main/core/import/extraction-service'
import { importFile } from '../main/core/import/import-file'
import { mapInOrder } from '../main/core/map-limit'
import { IMPORTS_IN_FLIGHT } from '../shared/import-limit'
import type { WorkspaceStore } from '../main/core/workspace-store'
import { printJson } from './output'

/**
 * `clausewright import <paths...>`: imports files and folders (recursively),
 * one line per file, progress on stderr when it is a terminal. Exit 1 if any
 * file failed.
 */
export async function importCommand(store: WorkspaceStore, paths: string[], json: boolean): Promise<number> {
  const files = await collectFiles(paths)
  const extraction = new ExtractionService()
  const progress = process.stderr.isTTY && !json
  const showProgress = (i: number) => {
    if (progress && i < files.length) process.stderr.write(`\r\x1b[K[${i + 1}/${files.length}] ${files[i]?.name}`)
  }
  let results: ImportResult[]
  try {
    showProgress(0)
    // As many files in flight as the window hands over, so both extraction workers are busy; lines come in the files' order.
    results = await mapInOrder(
      files,
      IMPORTS_IN_FLIGHT,
      async (file): Promise<ImportResult> => {
        try {
          return await importFile(store, extraction, { name: file.name, bytes: await readFile(file.path) })
        } catch (err) {
          return { name: file.name, status: 'failed', reason: `it could not be read (${(err as Error).message})` }
        }
      },
      (result, i) => {
        if (json) return
        if (progress) process.stderr.write('\r\x1b[K')
        console.log(describe(result))
        showProgress(i + 1)
      },
    )
  } finally {
    await extraction.close()
  }
  const count = (status: ImportResult['status']) => results.filter((r) => r.status === status).length
  if (json) printJson(results)
  else console.log(`${count('imported')} imported, ${count('duplicate')} duplicate, ${count('failed')} failed.`)
  return count('failed') > 0 ? 1 : 0
}

function describe(result: ImportResult): string {
  switch (result.status) {
    case 'imported':
      return `imported   ${result.name} -> "${result.source.title}"${result.warnings.map((w) => `\n           note: ${w}`).join('')}`
    case 'duplicate':
      return `duplicate  ${result.name}: same text as "${result.duplicateOf.title}" (${result.duplicateOf.id})`
    case 'failed':
      return `failed     ${result.name}: ${result.reason}`
  }
}
