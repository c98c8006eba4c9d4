import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

const RECORDS = /^(workspace\.json|codebook\.json|views\.json|sources\/.+|drafts\/.+)$/

/** The record files of a workspace (or of a backup), by relative path, with their bytes. */
export async function recordFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const rel = relative(dir, path).split('\\').join('/')
    if (RECORDS.test(rel)) files.set(rel, await readFile(path))
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)))
}
