import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { FORMAT_VERSION } from '../../shared/workspace-files'
import { addClipping } from './clippings'
import { saveDraft } from './drafts'
import { newId } from '../../shared/ids'
import { sampleSpecSchema, starterCodebookSchema } from './sample-spec'
import { normaliseText, textHash } from './text'
import { WorkspaceStore, type StoreOptions } from './workspace-store'

export interface InitOptions extends StoreOptions {
  resourcesDir: string
  /** Fill the new workspace with the sample sources, clippings and draft. */
  sample?: boolean
  name?: string
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'))
}

/** Creates a workspace with the starter codebook, and with `sample` the sample content too. */
export async function initWorkspace(dir: string, options: InitOptions): Promise<WorkspaceStore> {
  const starter = starterCodebookSchema.parse(readJson(join(options.resourcesDir, 'starter-codebook.json')))
  const sampleDir = join(options.resourcesDir, 'sample-workspace')
  const spec = options.sample ? sampleSpecSchema.parse(readJson(join(sampleDir, 'sample.json'))) : undefined
  const store = await WorkspaceStore.create(
    dir,
    {
      id: newId('ws'),
      name: options.name ?? spec?.name ?? 'My workspace',
      codebook: { formatVersion: FORMAT_VERSION, tags: starter.tags },
    },
    options,
  )
  if (!spec) return store

  const now = store.now().toISOString()
  for (const s of spec.sources) {
    const text = normaliseText(readFileSync(join(sampleDir, 'texts', s.textFile), 'utf8'))
    const { clippings, textFile: _textFile, ...meta } = s
    await store.addSource(
      {
        source: { ...meta, importedAt: now, format: 'markdown', textHash: textHash(text), textLength: text.length },
        clippings: [],
      },
      text,
    )
    for (const c of clippings) {
      const quote = normaliseText(c.quote)
      const start = text.indexOf(quote)
      if (start < 0 || text.indexOf(quote, start + 1) >= 0) {
        throw new AppError({
          code: 'internal',
          message: `Sample clipping ${c.id} must occur exactly once in ${s.textFile}.`,
        })
      }
      await addClipping(store, { ...c, sourceId: s.id, start, end: start + quote.length })
    }
  }
  for (const d of spec.drafts) {
    await saveDraft(store, { ...d, createdAt: now, updatedAt: now })
  }
  return store
}

/**
 * Opens the chosen workspace, creating it when its folder is missing or
 * empty: the default folder starts as a copy of the sample, a named one
 * starts empty with the starter codebook.
 */
export async function openOrInitWorkspace(
  dir: string,
  options: InitOptions,
): Promise<WorkspaceStore> {
  try {
    return await WorkspaceStore.open(dir, options)
  } catch (err) {
    if (err instanceof AppError && err.code === 'not-found') return initWorkspace(dir, options)
    throw err
  }
}
