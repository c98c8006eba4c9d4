// `npm run bench [-- --quick]`: generates what it needs, runs every scenario
// beside its floor measured in the same run, and writes bench/results/latest.{md,json}.
// --quick runs each scenario once on small inputs, to prove the suite runs (npm test).
// --only NAME runs one group (import, search, clippings, export, renderer).
import { fileURLToPath } from 'node:url'
import { writeReport, type ScenarioResult } from './lib/report'
import { clippingScenarios } from './scenarios/clippings'
import { exportScenarios } from './scenarios/export'
import { importScenarios } from './scenarios/import'
import { rendererScenarios } from './scenarios/renderer'
import { searchScenarios } from './scenarios/search'

const quick = process.argv.includes('--quick')
const scenarios: Array<{ name: string; run: (o: { quick: boolean }) => Promise<ScenarioResult[]> }> = [
  { name: 'import', run: importScenarios },
  { name: 'search', run: searchScenarios },
  { name: 'clippings', run: clippingScenarios },
  { name: 'export', run: exportScenarios },
  { name: 'renderer', run: rendererScenarios },
]

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined
const results: ScenarioResult[] = []
for (const scenario of scenarios.filter((s) => !only || s.name === only)) {
  process.stderr.write(`bench: ${scenario.name}…\n`)
  results.push(...(await scenario.run({ quick })))
}
const { md } = await writeReport(fileURLToPath(new URL('./results/', import.meta.url)), quick ? 'quick' : 'full', results)
for (const r of results) {
  console.log(`${r.title.padEnd(48)} ${r.figure.padStart(14)}  floor ${r.floor}  ratio ${r.ratio?.toFixed(2) ?? '-'}  target ${r.target}${r.met === false ? '  MISSED' : ''}`)
}
console.log(`report: ${md}`)
const broken = results.filter((r) => !r.figure || Number.isNaN(r.ratio))
if (broken.length > 0) {
  console.error(`bench: ${broken.length} scenario(s) produced no figure`)
  process.exit(1)
}
