import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { newId } from '../../src/shared/ids'
import { initWorkspace } from '../../src/main/core/init-workspace'
import { findResourcesDir } from '../../src/main/core/resources'
import { normaliseText, textHash } from '../../src/main/core/text'
import type { WorkspaceStore } from '../../src/main/core/workspace-store'
import { prose, vocabulary } from './corpus'

/** A new workspace of `sources` generated sources of about `chars` characters each (seeded). */
export async function generateWorkspace(sources: number, chars: number): Promise<{ store: WorkspaceStore; texts: string[] }> {
  const dir = join(await mkdtemp(join(tmpdir(), 'cw-bench-ws-')), 'ws')
  const store = await initWorkspace(dir, { resourcesDir: findResourcesDir(import.meta.dirname) })
  const words = vocabulary(50_000)
  const texts: string[] = []
  for (let i = 0; i < sources; i++) {
    const text = normaliseText(prose(chars, 1000 + i, words))
    texts.push(text)
    await store.addSource(
      {
        source: {
          id: newId('src'),
          kind: 'report',
          title: `Generated report ${i}`,
          authors: [],
          publisher: '',
          date: '',
          url: '',
          language: 'en',
          importedAt: new Date().toISOString(),
          format: 'text',
          textHash: textHash(text),
          textLength: text.length,
          note: '',
        },
        clippings: [],
      },
      text,
    )
  }
  return { store, texts }
}
