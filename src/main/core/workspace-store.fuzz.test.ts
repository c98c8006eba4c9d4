import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { FORMAT_VERSION } from '../../shared/workspace-files'
import { newWorkspace } from './testing/fixtures'
import { byteMutation, mutate, withWrongType, wrongType } from './testing/mutations'
import { tempDir } from './testing/recording-fs'
import { WorkspaceStore } from './workspace-store'

/*
 * Property: whatever happened to one record file, opening the workspace
 * either refuses it untouched (a newer format) or opens it; a file that no
 * longer loads is moved to quarantine byte for byte (a source.json with its
 * source's whole folder, a clipping shard alone), nothing else on disk
 * changes, and every other record opens.
 * Inputs that once broke this live in fuzz-regressions/workspace/, named
 * <role>.<what>.json (role: codebook, views, source, shard, draft), and are
 * replayed on every run. FUZZ_RUNS raises the number of random cases.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40)
// Generous, so that a long run (FUZZ_RUNS=2000) needs no flags; a quick run ends far sooner.
const TIMEOUT_MS = 10_000 + RUNS * 200
const REGRESSIONS = new URL('./fuzz-regressions/workspace/', import.meta.url)

type Files = Map<string, Buffer>
let template: Files
let recordFiles: string[]

async function snapshot(dir: string): Promise<Files> {
  const files: Files = new Map()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(dir.length + 1), await readFile(join(entry.parentPath, entry.name)))
  }
  return files
}

/** What differs between two sets of files, one line per path: deep equality over Buffers is far too slow for a fuzz loop. */
function differences(actual: Files, expected: Files): string[] {
  const paths = [...new Set([...actual.keys(), ...expected.keys()])].sort()
  return paths.flatMap((rel) => {
    const a = actual.get(rel)
    const e = expected.get(rel)
    if (!a) return [`${rel}: missing`]
    if (!e) return [`${rel}: unexpected`]
    return a.equals(e) ? [] : [`${rel}: bytes differ`]
  })
}

async function materialise(files: Files): Promise<string> {
  const dir = join(await tempDir('cw-fuzz-'), 'workspace')
  for (const [rel, bytes] of files) {
    await mkdir(dirname(join(dir, rel)), { recursive: true })
    await writeFile(join(dir, rel), bytes)
  }
  return dir
}

/** What a damaged file takes with it into quarantine: a source.json its whole folder, else (a shard too) the file alone. */
function movedWith(rel: string): (other: string) => boolean {
  const sourceDir = /^(sources\/[^/]+\/)source\.json$/.exec(rel)?.[1]
  return sourceDir ? (other) => other.startsWith(sourceDir) : (other) => other === rel
}

/** Writes `bytes` over the record file `target` of a fresh copy of the template, opens it and checks the property. */
async function openDamaged(target: string, bytes: Uint8Array): Promise<void> {
  const damaged = new Map(template).set(target, Buffer.from(bytes))
  const dir = await materialise(damaged)
  let store: WorkspaceStore
  try {
    store = await WorkspaceStore.open(dir)
  } catch (err) {
    // The one refusal: a file claiming a newer format leaves the whole workspace untouched.
    if (!(err instanceof AppError) || err.code !== 'newer-format') throw err
    expect(differences(await snapshot(dir), damaged)).toEqual([])
    return
  }
  const after = await snapshot(dir)
  const problems = store.problems
  expect(problems.map((p) => p.file)).toEqual(problems.length > 0 ? [target] : [])
  const problem = problems[0]
  const quarantined = problem ? movedWith(target) : () => false
  const prefix = problem ? problem.movedTo.slice(0, problem.movedTo.length - target.length) : ''
  expect(prefix).toMatch(problem ? /^quarantine\/[^/]+\/$/ : /^$/)
  const expected: Files = new Map([...damaged].map(([rel, data]) => [quarantined(rel) ? prefix + rel : rel, data]))
  expect(differences(after, expected)).toEqual([])

  const sources = [...template.keys()].filter((rel) => /^sources\/[^/]+\/source\.json$/.test(rel))
  const drafts = [...template.keys()].filter((rel) => rel.startsWith('drafts/'))
  expect(store.sources.size).toBe(sources.filter((rel) => !quarantined(rel)).length)
  expect(store.drafts.size).toBe(drafts.filter((rel) => !quarantined(rel)).length)
  // A record that loads is the one its file name says: else its next save would write a second file beside it.
  const loadedDrafts = [...store.drafts.keys()].map((id) => `drafts/${id}.json`)
  expect(loadedDrafts.sort()).toEqual(drafts.filter((rel) => !quarantined(rel)).sort())
  expect([...store.sources.keys()].map((id) => `sources/${id}/source.json`).sort()).toEqual(sources.filter((rel) => !quarantined(rel)).sort())
}

function targetOf(role: string): string {
  const match = [...template.keys()].sort().find((rel) =>
    role === 'source'
      ? rel.endsWith('/source.json')
      : role === 'shard'
        ? /\/clippings\/\d{4}\.json$/.test(rel)
        : role === 'draft'
          ? rel.startsWith('drafts/')
          : rel === `${role}.json`,
  )
  if (!match) throw new Error(`no record file plays the role "${role}"`)
  return match
}

beforeAll(async () => {
  const { dir, store } = await newWorkspace({ sample: true })
  await store.saveViews({ formatVersion: FORMAT_VERSION, views: [] })
  template = await snapshot(dir)
  recordFiles = [...template.keys()].filter((rel) => rel.endsWith('.json') && rel !== 'workspace.json').sort()
})

describe('opening a workspace with one damaged record file', () => {
  it('replays every past failing input', async () => {
    const names = (await readdir(REGRESSIONS)).sort()
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) {
      const role = name.split('.')[0] as string
      await openDamaged(targetOf(role), await readFile(new URL(name, REGRESSIONS)))
    }
  })

  it('quarantines what does not load, byte for byte, and opens the rest', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), byteMutation, async (pick, mutation) => {
        const target = recordFiles[pick % recordFiles.length] as string
        await openDamaged(target, mutate(template.get(target) as Buffer, mutation))
      }),
      { numRuns: RUNS },
    )
  }, TIMEOUT_MS)

  it('does the same for a field holding the wrong type of value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), wrongType, async (pick, change) => {
        const target = recordFiles[pick % recordFiles.length] as string
        await openDamaged(target, withWrongType(template.get(target) as Buffer, change))
      }),
      { numRuns: RUNS },
    )
  }, TIMEOUT_MS)
})
