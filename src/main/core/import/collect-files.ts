import { readdir, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'

export interface FoundFile {
  path: string
  /** The name to show: relative to the folder it was found in, or the path as given. */
  name: string
}

/**
 * Expands files and folders (recursively, sorted, hidden entries skipped)
 * into the list of files to import. Symbolic links are not followed, so a
 * link cycle cannot trap the walk.
 */
export async function collectFiles(paths: readonly string[]): Promise<FoundFile[]> {
  const found: FoundFile[] = []
  async function walk(dir: string, root: string): Promise<void> {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path, root)
      else if (entry.isFile()) found.push({ path, name: relative(root, path) })
    }
  }
  for (const path of paths) {
    const info = await stat(path)
    if (info.isDirectory()) await walk(path, join(path, '..'))
    else found.push({ path, name: path })
  }
  return found
}
