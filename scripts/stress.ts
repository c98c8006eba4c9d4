/**
 * The long crash run: kills a process editing a workspace through the real
 * core, again and again, checking after each kill that nothing acknowledged
 * was lost. `npm run stress -- --kills 1000 --seed 42 --lanes 2`; without
 * --seed a new one is drawn and printed, and a failure prints the line that
 * replays it. A seed always gives the same plan (edits, kill moments); with
 * --exact, kills fall only at file operations and ids come from the seed,
 * so that the run itself repeats edit for edit.
 */
import { parseArgs } from 'node:util'
import { formatSummary, runCrashStress, StressFailure } from '../src/main/core/testing/stress-harness'

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    kills: { type: 'string', default: '1000' },
    lanes: { type: 'string', default: '2' },
    exact: { type: 'boolean', default: false },
  },
})
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed)
const kills = Number(values.kills)
const lanes = Number(values.lanes)
if (!Number.isInteger(seed) || !Number.isInteger(kills) || kills < 1 || !Number.isInteger(lanes) || lanes < 1) {
  console.error('usage: stress [--seed N] [--kills N] [--lanes N] [--exact]')
  process.exit(2)
}

const exact = values.exact
console.log(`crash stress: seed ${seed}, ${kills} kills, ${lanes} lanes${exact ? ', exact (kills at file operations only, seeded ids)' : ''}`)
try {
  const summary = await runCrashStress({ seed, kills, lanes, exact, log: (line) => console.log(line) })
  console.log(formatSummary(summary))
} catch (err) {
  console.error(err instanceof StressFailure ? err.message : err)
  console.error(`seed ${seed}`)
  process.exitCode = 1
}
