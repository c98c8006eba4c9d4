import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/*
 * The clippings of a workspace as they sit on disk: each source folder
 * keeps them in shards under clippings/, one clipping per line. Specs read
 * (or tamper with) the files themselves, not what the app shows.
 */

export interface StoredClipping {
  id: string
  quote: string
  tags: string[]
  obligation?: { modality: string; type: string | null }
}

async function shardFiles(workspaceDir: string): Promise<string[]> {
  const sources = (await readdir(join(workspaceDir, 'sources'))).filter((n) => !n.startsWith('.'))
  const files: string[] = []
  for (const id of sources) {
    const folder = join(workspaceDir, 'sources', id, 'clippings')
    const names = await readdir(folder).catch(() => [])
    files.push(...names.filter((n) => n.endsWith('.json')).map((n) => join(folder, n)))
  }
  return files
}

/** Every clipping saved in the workspace. */
export async function clippingsOnDisk(workspaceDir: string): Promise<StoredClipping[]> {
  const shards = await Promise.all((await shardFiles(workspaceDir)).map(async (f) => JSON.parse(await readFile(f, 'utf8'))))
  return shards.flatMap((s: { clippings: StoredClipping[] }) => s.clippings)
}

/** Rewrites the stored clipping `id` behind the app's back; false when no shard holds it. */
export async function tamperWithClipping(workspaceDir: string, id: string, change: (c: StoredClipping) => void): Promise<boolean> {
  for (const file of await shardFiles(workspaceDir)) {
    const shard = JSON.parse(await readFile(file, 'utf8')) as { clippings: StoredClipping[] }
    const clipping = shard.clippings.find((c) => c.id === id)
    if (!clipping) continue
    change(clipping)
    await writeFile(file, JSON.stringify(shard))
    return true
  }
  return false
}
