import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { WorkspaceStore } from '../workspace-store'

/**
 * Every file of a folder with its exact content, and every subfolder (as
 * null), by relative path: equal maps mean nothing was changed, added or
 * left behind. Content is text where the bytes are UTF-8 that decodes and
 * re-encodes to the same bytes (so a difference reads as a text diff), and
 * base64 otherwise.
 */
export async function folderBytes(dir: string): Promise<Map<string, string | null>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const found = new Map<string, string | null>()
  for (const entry of entries.sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    const path = join(entry.parentPath, entry.name)
    found.set(relative(dir, path), entry.isDirectory() ? null : exact(await readFile(path)))
  }
  return found
}

function exact(bytes: Buffer): string {
  const text = bytes.toString('utf8')
  return Buffer.from(text, 'utf8').equals(bytes) ? text : `base64:${bytes.toString('base64')}`
}

/** A deep copy of everything a store holds in memory, including which source owns each clipping. */
export function storeMemory(store: WorkspaceStore): unknown {
  const clippingIds = [...store.sources.values()].flatMap((db) => db.data.clippings.map((c) => c.id))
  return structuredClone({
    sources: [...store.sources].map(([id, db]) => [id, db.data]),
    drafts: [...store.drafts].map(([id, db]) => [id, db.data]),
    codebook: store.codebook.data,
    views: store.views.data,
    owners: clippingIds.map((id) => [id, store.sourceOfClipping(id)]),
  })
}
