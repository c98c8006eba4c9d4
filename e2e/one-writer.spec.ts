import { spawnSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures'
import { SourcesPage } from './pages/sources-page'

const bin = fileURLToPath(new URL('../bin/clausewright.js', import.meta.url))
const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input: '' })

test('while the app has the workspace open, a CLI write is refused and reads still work', async ({ app }) => {
  const sources = new SourcesPage(app.page)
  await sources.waitUntilLoaded()
  await sources.pasteSource({ title: 'Held by the app', text: 'Only one writer at a time.' })
  await expect(sources.row('Held by the app')).toBeVisible()

  const note = join(app.workspaceDir, '..', 'note.txt')
  await writeFile(note, 'A second writer.')
  const write = cli('add-text', '--workspace', app.workspaceDir, '--title', 'From the CLI', '--file', note)
  expect(write.status).toBe(1)
  expect(write.stderr).toContain('open in another Clausewright')

  const read = cli('list', 'sources', '--workspace', app.workspaceDir, '--json')
  expect(read.status).toBe(0)
  expect(JSON.parse(read.stdout).map((s: { title: string }) => s.title)).toEqual(['Held by the app'])
})
