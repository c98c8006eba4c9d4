import type { ChildRun, KillPlan } from './stress-round'

/** A broken promise, with everything needed to replay it. */
export class StressFailure extends Error {
  override name = 'StressFailure'
}

/** Where a run broke: enough to read the failure and to replay it. */
export interface FailureContext {
  options: { seed: number; kills: number; lanes: number; exact?: boolean }
  lane: number
  round: number
  kills: number
  plan: KillPlan
  dir: string
  run: ChildRun
}

/** Throws the failure, naming the seed, the kill, the problems found and the command that replays the run. */
export function fail(c: FailureContext, problems: string[]): never {
  const { seed, kills, lanes } = c.options
  throw new StressFailure(
    [
      `crash stress failed with seed ${seed} (lane ${c.lane}, kill ${c.round} of ${c.kills}, plan ${JSON.stringify(c.plan)}):`,
      ...problems.slice(0, 20).map((p) => `  - ${p}`),
      `acknowledged in this round: ${c.run.acks.length}; in flight: ${JSON.stringify(c.run.inFlight)}`,
      c.run.stderr ? `child stderr: ${c.run.stderr.slice(-2000)}` : 'child stderr: (empty)',
      `workspace kept at ${c.dir}`,
      `replay: npx tsx scripts/stress.ts --seed ${seed} --kills ${kills} --lanes ${lanes}${c.options.exact ? ' --exact' : ''}`,
    ].join('\n'),
  )
}
