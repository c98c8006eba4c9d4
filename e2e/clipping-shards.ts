import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/*
 * The clippings of a workspace as they sit on disk: each source folder
 * keeps them in shards under clippings/, one clipping per line. Specs read
 * (or tamper with) the files themselves, not what the app shows.
 */

export interface StoredClipping {
  id: string
  start: number
  end: number
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

/**
 * Makes the one source of a workspace look as an older extractor would
 * have left it: `preface` before its text, its hash and length to match,
 * and every clipping's offsets moved along. The app must be closed.
 */
export async function simulateOlderExtraction(workspaceDir: string, preface: string): Promise<void> {
  const [id] = (await readdir(join(workspaceDir, 'sources'))).filter((n) => !n.startsWith('.'))
  const folder = join(workspaceDir, 'sources', id as string)
  const text = preface + (await readFile(join(folder, 'text.txt'), 'utf8'))
  await writeFile(join(folder, 'text.txt'), text)
  const file = JSON.parse(await readFile(join(folder, 'source.json'), 'utf8'))
  file.source.textHash = createHash('sha256').update(text, 'utf8').digest('hex')
  file.source.textLength = text.length
  await writeFile(join(folder, 'source.json'), JSON.stringify(file))
  for (const clipping of await clippingsOnDisk(workspaceDir)) {
    await tamperWithClipping(workspaceDir, clipping.id, (c) => {
      c.start += preface.length
      c.end += preface.length
    })
  }
}
