import { spawn } from 'node:child_process'
import type { SeededRandom } from './seeded-random'
import type { InFlightEdit } from './workspace-entities'

/** When the parent kills a child: a time after spawn, a number of acknowledgements, or the child's n-th file operation. */
export type KillPlan =
  | { kind: 'timer'; ms: number }
  | { kind: 'after-acks'; acks: number; delayMs: number | null }
  | { kind: 'at-fs-op'; op: number }

/**
 * Draws a kill plan; every kind lands somewhere different in the life of a
 * save. With `exact`, only kills at a file operation, which do not depend
 * on timing: a run of those replays edit for edit.
 */
export function drawKillPlan(rng: SeededRandom, exact = false): KillPlan {
  if (exact) return { kind: 'at-fs-op', op: rng.int(1, 120) }
  return rng.weighted<KillPlan>([
    // From spawn: mostly before "ready", inside startup and the loader.
    [10, { kind: 'timer', ms: rng.int(20, 120) }],
    // Right at an acknowledgement (the next edit has just begun) or a few milliseconds later (mid-write, often in fsync).
    [55, { kind: 'after-acks', acks: rng.int(0, 10), delayMs: rng.chance(0.4) ? null : rng.int(0, 4) }],
    // Exactly between two file operations, for the points a timer rarely hits (after a rename, before a directory sync).
    [35, { kind: 'at-fs-op', op: rng.int(1, 120) }],
  ])
}

/** One acknowledgement line: the entities an edit set and removed. */
export interface Ack {
  n: number
  label: string
  set: Record<string, unknown>
  del: string[]
}

/** What the parent learnt from one child: its acknowledgements in order, the edit in flight, and how it ended. */
export interface ChildRun {
  ready: boolean
  /** The child was still running after HUNG_MS and was killed by the guard, not by the plan. */
  hung: boolean
  acks: Ack[]
  inFlight: InFlightEdit | null
  signal: NodeJS.Signals | null
  code: number | null
  stderr: string
}

const HUNG_MS = 20_000

/**
 * Runs the child on a workspace and SIGKILLs it as the plan says. Resolves
 * once the child is gone and its stdout is drained, so that every
 * acknowledgement it managed to write is counted.
 */
export function runChild(bundle: string, args: { dir: string; seed: number; label: string; exact: boolean }, plan: KillPlan): Promise<ChildRun> {
  return new Promise((resolve) => {
    const killAt = plan.kind === 'at-fs-op' ? plan.op : 0
    // The child makes no TLS connections; loading extra CA certificates would add tens of milliseconds to every spawn.
    const env = { ...process.env, NODE_EXTRA_CA_CERTS: undefined }
    const argv = [bundle, args.dir, String(args.seed), args.label, String(killAt), args.exact ? 'exact' : 'timed']
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], env })
    const run: ChildRun = { ready: false, hung: false, acks: [], inFlight: null, signal: null, code: null, stderr: '' }
    let pending = ''
    let killed = false
    const kill = () => {
      if (!killed) {
        killed = true
        child.kill('SIGKILL')
      }
    }
    const guard = setTimeout(() => {
      if (!killed) run.hung = true
      kill()
    }, HUNG_MS)
    if (plan.kind === 'timer') setTimeout(kill, plan.ms)
    const trigger = () => {
      if (plan.kind !== 'after-acks' || killed || run.acks.length < plan.acks) return
      if (plan.delayMs === null) kill()
      else setTimeout(kill, plan.delayMs)
    }
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      pending += chunk
      let newline: number
      // A line without its newline may have been cut by the kill: it is not an acknowledgement yet.
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, newline)
        pending = pending.slice(newline + 1)
        readLine(run, line)
        if (line === 'ready' || line.startsWith('ack ')) trigger()
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (run.stderr += chunk))
    child.on('close', (code, signal) => {
      clearTimeout(guard)
      run.code = code
      run.signal = signal
      resolve(run)
    })
  })
}

function readLine(run: ChildRun, line: string): void {
  if (line === 'ready') run.ready = true
  else if (line.startsWith('edit ')) run.inFlight = JSON.parse(line.slice(5)) as InFlightEdit
  else if (line.startsWith('ack ')) {
    const ack = JSON.parse(line.slice(4)) as Ack
    run.acks.push(ack)
    if (run.inFlight?.n === ack.n) run.inFlight = null
  }
}
