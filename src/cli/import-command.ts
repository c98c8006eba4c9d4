import { readFile } from 'node:fs/promises'
import type { ImportResult } from '../shared/api'
import { collectFiles } from '../main/core/import/collect-files'
import { ExtractionService } from '../main/core/import/extraction-service'
import { importFile } from '../main/core/import/import-file'
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
  const results: ImportResult[] = []
  const progress = process.stderr.isTTY && !json
  try {
    for (const [i, file] of files.entries()) {
      if (progress) process.stderr.write(`\r\x1b[K[${i + 1}/${files.length}] ${file.name}`)
      let result: ImportResult
      try {
        result = await importFile(store, extraction, { name: file.name, bytes: await readFile(file.path) })
      } catch (err) {
        result = { name: file.name, status: 'failed', reason: `it could not be read (${(err as Error).message})` }
      }
      results.push(result)
      if (!json) {
        if (progress) process.stderr.write('\r\x1b[K')
        console.log(describe(result))
      }
    }
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
