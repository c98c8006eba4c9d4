import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'esbuild'
import { WorkspaceStore } from '../workspace-store'
import { newWorkspace } from './fixtures'
import { tempDir } from './recording-fs'
import { SeededRandom } from './seeded-random'
import { fail, StressFailure } from './stress-failure'
import { drawKillPlan, runChild, type KillPlan } from './stress-round'
import { applyAcks, verifyWorkspace } from './stress-verify'
import { workspaceEntities } from './workspace-entities'

export { StressFailure }

export interface StressOptions {
  seed: number
  kills: number
  /** Workspaces killed side by side, each with its own generator; two keep two cores busy. */
  lanes?: number
  /** Kill only at file operations and draw record ids from the seed, so that a run replays edit for edit. */
  exact?: boolean
  /** Told of progress now and then. */
  log?: (line: string) => void
}

export interface StressSummary {
  seed: number
  lanes: number
  kills: number
  /** Acknowledged edits, each checked on disk after the kill that followed it. */
  ackedEdits: number
  /** Kills with an edit in flight, and how many of those edits were found (partly or wholly) on disk. */
  inFlight: number
  inFlightLanded: number
  /** Kills that came before the child had opened the workspace. */
  beforeReady: number
  byPlan: Record<KillPlan['kind'], number>
  /** Temp files and staging folders left by killed saves (the loader ignores them). */
  leftovers: number
  elapsedMs: number
  /** Per lane, per kill: acknowledged edits and entities found. Equal traces mean equal runs. */
  traces: string[][]
}

/**
 * Bundles the child once into a plain .mjs, so that each of the many
 * spawns is `node child.mjs` (tens of milliseconds) rather than a
 * TypeScript loader starting up.
 */
export async function bundleStressChild(): Promise<{ file: string; dispose: () => Promise<void> }> {
  const dir = await tempDir('cw-stress-child-')
  const file = join(dir, 'stress-child.mjs')
  await build({
    entryPoints: [join(import.meta.dirname, 'stress-child.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // A smaller file parses faster, and the child is parsed once per kill.
    minify: true,
  })
  return { file, dispose: () => rm(dir, { recursive: true, force: true }) }
}

/** The one-line summary a run prints. */
export function formatSummary(s: StressSummary): string {
  const rate = ((s.kills / s.elapsedMs) * 1000).toFixed(1)
  return (
    `crash stress seed ${s.seed}: ${s.kills} SIGKILLs survived (${s.lanes} lanes, ${(s.elapsedMs / 1000).toFixed(1)} s, ${rate} kills/s; ` +
    `timer ${s.byPlan.timer}, after ack ${s.byPlan['after-acks']}, at fs op ${s.byPlan['at-fs-op']}; ${s.beforeReady} before open finished), ` +
    `${s.ackedEdits} acknowledged edits verified, ${s.inFlightLanded}/${s.inFlight} in-flight edits landed, ${s.leftovers} temp leftovers`
  )
}

/**
 * Kills a child editing a workspace `kills` times, reopening and checking
 * the workspace after each kill and carrying on from it, so that damage
 * would accumulate. Throws StressFailure (naming the seed) at the first
 * broken promise.
 */
export async function runCrashStress(options: StressOptions): Promise<StressSummary> {
  const lanes = Math.max(1, Math.min(options.lanes ?? 2, options.kills))
  const root = new SeededRandom(options.seed)
  const laneSeeds = Array.from({ length: lanes }, () => root.u32())
  const summary: StressSummary = {
    seed: options.seed, lanes, kills: 0, ackedEdits: 0, inFlight: 0, inFlightLanded: 0, beforeReady: 0,
    byPlan: { timer: 0, 'after-acks': 0, 'at-fs-op': 0 }, leftovers: 0, elapsedMs: 0, traces: laneSeeds.map(() => []),
  }
  const started = performance.now()
  const child = await bundleStressChild()
  const stop = { failed: false }
  try {
    const results = await Promise.allSettled(laneSeeds.map((laneSeed, lane) => {
      const share = Math.floor(options.kills / lanes) + (lane < options.kills % lanes ? 1 : 0)
      return runLane({ ...options, lanes }, child.file, lane, laneSeed, share, summary, stop).catch((err: unknown) => {
        // The other lanes stop at their next kill, so a failure is reported without waiting for them to finish.
        stop.failed = true
        throw err
      })
    }))
    const failure = results.find((r) => r.status === 'rejected')
    if (failure) throw failure.reason
  } finally {
    await child.dispose()
  }
  summary.elapsedMs = performance.now() - started
  return summary
}

async function runLane(
  options: StressOptions & { lanes: number },
  bundle: string,
  lane: number,
  seed: number,
  kills: number,
  summary: StressSummary,
  stop: { failed: boolean },
): Promise<void> {
  const rng = new SeededRandom(seed)
  const { dir } = await newWorkspace({ sample: true })
  let expected = workspaceEntities(await WorkspaceStore.open(dir))
  let leftovers = 0
  for (let round = 1; round <= kills && !stop.failed; round++) {
    const plan = drawKillPlan(rng, options.exact)
    const run = await runChild(bundle, { dir, seed: rng.u32(), label: `L${lane}k${round}`, exact: options.exact ?? false }, plan)
    const context = { options, lane, round, kills, plan, dir, run }
    if (run.hung) fail(context, ['the child stopped making progress and was killed by the guard'])
    if (run.signal !== 'SIGKILL') fail(context, [`the child ended by itself (exit code ${run.code})`])
    applyAcks(expected, run.acks)
    const verdict = await verifyWorkspace(dir, expected, run.inFlight)
    if (verdict.problems.length > 0) fail(context, verdict.problems)
    expected = verdict.found
    leftovers = verdict.leftovers
    summary.traces[lane]?.push(`${run.acks.length}/${expected.size}`)
    summary.kills++
    summary.ackedEdits += run.acks.length
    summary.byPlan[plan.kind]++
    if (!run.ready) summary.beforeReady++
    if (run.inFlight) {
      summary.inFlight++
      if (verdict.landed) summary.inFlightLanded++
    }
    if (summary.kills % 100 === 0) options.log?.(`… ${summary.kills} kills, ${summary.ackedEdits} acknowledged edits verified`)
  }
  summary.leftovers += leftovers
  // A lane that passed leaves nothing behind; a failing one keeps its workspace for inspection.
  await rm(join(dir, '..'), { recursive: true, force: true })
}
