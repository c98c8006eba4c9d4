import { join, relative } from 'node:path'
import type { z } from 'zod'
import { anchorHolds } from '../../shared/anchors'
import {
  codebookFileSchema,
  draftFileSchema,
  FORMAT_VERSION,
  workspaceFileSchema,
} from '../../shared/workspace-files'
import { RESTORE_DIR, restorePending } from './backup/restore'
import { errnoCode, nodeFs, type FsOps } from './fs-ops'
import { FileLoadError, NewerFormatError, parseWorkspaceFile } from './json-file'
import { readSourceFolder, type LoadedSource } from './source-folder'
import { normaliseText, textHash } from './text'
import { isRecordEntry, layout } from './workspace-layout'

export interface CheckFinding {
  /** Path relative to the workspace folder. */
  file: string
  problem: string
}

export interface CheckReport {
  dir: string
  filesChecked: number
  findings: CheckFinding[]
}

/**
 * Reads and validates every file of a workspace without changing anything:
 * JSON and schema of each file, format versions, text hashes, that every
 * clipping's quote still sits at its offsets, and that references resolve.
 */
export async function checkWorkspace(dir: string, fs: FsOps = nodeFs): Promise<CheckReport> {
  const findings: CheckFinding[] = []
  let filesChecked = 0
  const note = (path: string, problem: string) => findings.push({ file: relative(dir, path) || '.', problem })

  async function read<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S> | undefined> {
    filesChecked++
    let bytes: Buffer
    try {
      bytes = await fs.readFile(path)
    } catch (err) {
      note(path, errnoCode(err) === 'ENOENT' ? 'the file is missing' : `it cannot be read (${errnoCode(err)})`)
      return undefined
    }
    try {
      return parseWorkspaceFile(path, bytes, schema, FORMAT_VERSION)
    } catch (err) {
      if (err instanceof FileLoadError) note(path, err.reason)
      else if (err instanceof NewerFormatError) note(path, `it has format version ${err.version}, newer than ${FORMAT_VERSION}`)
      else throw err
      return undefined
    }
  }

  async function readSource(id: string): Promise<LoadedSource | undefined> {
    filesChecked++
    try {
      return await readSourceFolder(fs, layout.sourceDir(dir, id), id)
    } catch (err) {
      if (err instanceof FileLoadError) note(err.path, err.reason)
      else if (err instanceof NewerFormatError) note(err.path, `it has format version ${err.version}, newer than ${FORMAT_VERSION}`)
      else throw err
      return undefined
    }
  }

  async function entries(path: string): Promise<string[]> {
    try {
      return (await fs.readdir(path)).filter(isRecordEntry).sort()
    } catch {
      return []
    }
  }

  if (await restorePending(fs, dir)) {
    note(join(dir, RESTORE_DIR), 'a restore was interrupted, so files may be half old, half new; open the workspace in Clausewright (or run a writing command) to finish it')
  }
  const meta = await read(layout.workspaceFile(dir), workspaceFileSchema)
  if (!meta) return { dir, filesChecked, findings }
  const codebook = await read(layout.codebookFile(dir), codebookFileSchema)
  const tagIds = new Set(codebook?.tags.map((t) => t.id) ?? [])

  const clippingIds = new Set<string>()
  for (const id of await entries(layout.sourcesDir(dir))) {
    const loaded = await readSource(id)
    if (!loaded) continue
    filesChecked += loaded.shards.bytes.size + loaded.damaged.length
    for (const err of loaded.damaged) note(err.path, err.reason)
    await checkSourceText(fs, dir, id, loaded, note)
    for (const c of loaded.data.clippings) {
      clippingIds.add(c.id)
      for (const t of c.tags) if (codebook && !tagIds.has(t)) note(clippingFile(dir, id, c.id, loaded), `clipping ${c.id} uses unknown tag ${t}`)
    }
  }
  for (const name of (await entries(layout.draftsDir(dir))).filter((n) => n.endsWith('.json'))) {
    const path = join(layout.draftsDir(dir), name)
    const file = await read(path, draftFileSchema)
    if (!file) continue
    if (`${file.draft.id}.json` !== name) note(path, `its id ${file.draft.id} does not match its file name`)
    const cited = [...file.draft.preamble, ...file.draft.articles.flatMap((a) => a.paragraphs)].flatMap((p) => p.clippingIds)
    for (const c of cited) if (!clippingIds.has(c)) note(path, `cites clipping ${c}, which does not exist`)
  }
  return { dir, filesChecked, findings }
}

/** The file that holds a clipping: its shard, or (format 1) the source's source.json. */
function clippingFile(dir: string, sourceId: string, clippingId: string, loaded: LoadedSource): string {
  const shard = loaded.shards.owner.get(clippingId)
  return shard === undefined ? layout.sourceFile(dir, sourceId) : layout.shardFile(dir, sourceId, shard)
}

async function checkSourceText(
  fs: FsOps,
  dir: string,
  id: string,
  loaded: LoadedSource,
  note: (path: string, problem: string) => void,
): Promise<void> {
  const file = loaded.data
  const path = layout.sourceText(dir, id)
  let text: string
  try {
    text = (await fs.readFile(path)).toString('utf8')
  } catch {
    note(path, 'the text file is missing')
    return
  }
  if (textHash(text) !== file.source.textHash) note(path, 'the text changed since import (its hash differs)')
  if (normaliseText(text) !== text) note(path, 'the text is not normalised (BOM, CR or non-NFC characters)')
  for (const c of file.clippings) {
    if (!anchorHolds(text, c)) note(clippingFile(dir, id, c.id, loaded), `clipping ${c.id} no longer matches the text at ${c.start}..${c.end}`)
  }
}
