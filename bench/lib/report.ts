import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** One line of the report: a figure, the floor measured in the same run, their ratio, the target. */
export interface ScenarioResult {
  id: string
  title: string
  figure: string
  floor: string
  /** figure / floor in the direction where lower is better (time per unit of work). */
  ratio: number | null
  target: string
  /** null when the scenario has no pass/fail target in this mode. */
  met: boolean | null
  notes?: string
}

export async function writeReport(dir: string, mode: string, results: ScenarioResult[]): Promise<{ md: string; json: string }> {
  await mkdir(dir, { recursive: true })
  const stamp = new Date().toISOString()
  const json = join(dir, 'latest.json')
  const md = join(dir, 'latest.md')
  await writeFile(json, JSON.stringify({ stamp, mode, node: process.version, results }, null, 2) + '\n')
  const rows = results.map(
    (r) =>
      `| ${r.title} | ${r.figure} | ${r.floor} | ${r.ratio === null ? '-' : r.ratio.toFixed(2)} | ${r.target} | ${r.met === null ? '-' : r.met ? 'met' : 'MISSED'} |`,
  )
  const notes = results.filter((r) => r.notes).map((r) => `- ${r.title}: ${r.notes}`)
  await writeFile(
    md,
    [
      `# Benchmark report (${mode})`,
      '',
      `${stamp}, Node ${process.version}. Ratios compare each figure with its floor measured in the same run (time per unit of work; lower is better).`,
      '',
      '| scenario | figure | floor | ratio | target | |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      ...(notes.length ? ['Notes:', '', ...notes, ''] : []),
    ].join('\n'),
  )
  return { md, json }
}
