import { readdir } from 'node:fs/promises'
import { checkWorkspace } from '../check-workspace'
import { QUARANTINE_DIR } from '../quarantine'
import { WorkspaceStore } from '../workspace-store'
import { becomeWriter } from '../writer'
import { canonicalJson, compareEntities, workspaceEntities, type InFlightEdit } from './workspace-entities'
import type { Ack } from './stress-round'

/** Applies acknowledgements, in order, to the expected state. */
export function applyAcks(expected: Map<string, string>, acks: readonly Ack[]): void {
  for (const ack of acks) {
    for (const [key, value] of Object.entries(ack.set)) expected.set(key, canonicalJson(value))
    for (const key of ack.del) expected.delete(key)
  }
}

// A draft may cite a clipping deleted after it was cited (the editor flags it): not damage.
const ACCEPTED_FINDING = /^cites clipping \S+, which does not exist$/

/** Leftovers a kill may legitimately leave: temp files of unfinished saves and staging folders of unfinished sources. */
async function countLeftovers(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true })
  return entries.filter((e) => e.endsWith('.tmp') || /(^|[/\\])\.(new|old)-/.test(e)).length
}

/** What reopening a killed workspace showed. */
export interface Verdict {
  problems: string[]
  /** Whether the unacknowledged edit left a trace. */
  landed: boolean
  /** The state found, the expectation for the next child. */
  found: Map<string, string>
  leftovers: number
}

/**
 * Reopens the workspace with the real loader and checks the promise: it
 * loads, nothing is quarantined or inconsistent, and every entity is in
 * its last acknowledged state, except what the in-flight edit touched.
 */
export async function verifyWorkspace(dir: string, expected: Map<string, string>, inFlight: InFlightEdit | null): Promise<Verdict> {
  const problems: string[] = []
  const leftovers = await countLeftovers(dir)
  let store: WorkspaceStore
  try {
    // As the app opens it after a crash: as its writer, which puts back what an interrupted swap set aside.
    const writer = await becomeWriter(await WorkspaceStore.open(dir))
    await writer.lock.release()
    store = writer.store
  } catch (err) {
    return { problems: [`the workspace no longer opens: ${(err as Error).message}`], landed: false, found: expected, leftovers }
  }
  for (const p of store.problems) problems.push(`the loader set ${p.file} aside: ${p.reason}`)
  if ((await readdir(dir)).includes(QUARANTINE_DIR)) problems.push('a quarantine folder exists')
  const found = workspaceEntities(store)
  const compared = compareEntities(expected, found, inFlight)
  problems.push(...compared.problems)
  const report = await checkWorkspace(dir)
  for (const f of report.findings) if (!ACCEPTED_FINDING.test(f.problem)) problems.push(`check: ${f.file}: ${f.problem}`)
  return { problems, landed: compared.landed, found, leftovers }
}
