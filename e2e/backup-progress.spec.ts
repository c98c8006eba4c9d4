import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures'

/*
 * A workspace big enough that a backup takes seconds: the sources of the
 * format-1 fixture, each repeated under new ids and written in today's
 * format (source.json, one clipping shard, the text).
 */
const FIXTURE = fileURLToPath(new URL('../src/main/core/migrations/fixtures/format-1/', import.meta.url))
const COPIES = 120
const seed = join(tmpdir(), `cw-e2e-big-${process.pid}`)

async function writeBigWorkspace(dir: string): Promise<number> {
  await mkdir(join(dir, 'sources'), { recursive: true })
  await mkdir(join(dir, 'drafts'))
  const meta = JSON.parse(await readFile(join(FIXTURE, 'workspace.json'), 'utf8'))
  await writeFile(join(dir, 'workspace.json'), JSON.stringify({ ...meta, formatVersion: 2, name: 'Big workspace' }))
  const codebook = JSON.parse(await readFile(join(FIXTURE, 'codebook.json'), 'utf8'))
  await writeFile(join(dir, 'codebook.json'), JSON.stringify({ ...codebook, formatVersion: 2 }))
  let sources = 0
  for (const name of await readdir(join(FIXTURE, 'sources'))) {
    const v1 = JSON.parse(await readFile(join(FIXTURE, 'sources', name, 'source.json'), 'utf8'))
    const text = await readFile(join(FIXTURE, 'sources', name, 'text.txt'))
    for (let i = 0; i < COPIES; i++) {
      const id = `${v1.source.id.slice(0, 20)}${String(i).padStart(4, '0')}`
      const folder = join(dir, 'sources', id)
      await mkdir(join(folder, 'clippings'), { recursive: true })
      await writeFile(join(folder, 'text.txt'), text)
      await writeFile(join(folder, 'source.json'), JSON.stringify({ formatVersion: 2, source: { ...v1.source, id } }))
      const clippings = v1.clippings.map((c: { id: string }, n: number) => ({ ...c, id: `clp_b${String(sources).padStart(5, '0')}x${n}`, sourceId: id }))
      await writeFile(join(folder, 'clippings', '0001.json'), JSON.stringify({ formatVersion: 2, clippings }))
      sources++
    }
  }
  return sources
}

let total = 0
test.beforeAll(async () => {
  total = await writeBigWorkspace(seed)
})
test.afterAll(() => rm(seed, { recursive: true, force: true }))
test.use({ seedWorkspace: seed })

test('a backup shows how far it has got and can be cancelled, leaving nothing; the next one completes', async ({ app }) => {
  test.setTimeout(120_000)
  const menu = app.page.getByRole('navigation', { name: 'Menu' })
  await menu.getByRole('button', { name: 'File' }).click()
  await app.page.getByRole('menuitem', { name: 'Backups and restore…' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Backups' })
  await expect(dialog).toContainText('No backups yet')

  await dialog.getByRole('button', { name: 'Back up now' }).click()
  const progress = dialog.getByRole('status', { name: 'Backup progress' })
  await expect(progress).toContainText(new RegExp(`of ${total.toLocaleString('en')} sources copied`))
  await progress.getByRole('button', { name: 'Cancel backup' }).click()
  await expect(dialog.getByRole('status').filter({ hasText: 'The backup was cancelled; nothing of it was kept.' })).toBeVisible({ timeout: 60_000 })
  await expect(progress).toHaveCount(0)
  await expect(dialog).toContainText('No backups yet')
  expect((await readdir(join(app.workspaceDir, 'backups'))).filter((n) => !n.startsWith('.gitignore'))).toEqual([])

  await dialog.getByRole('button', { name: 'Back up now' }).click()
  await expect(dialog.getByRole('status').filter({ hasText: `Backed up: ${total} sources` })).toBeVisible({ timeout: 90_000 })
  await expect(dialog.getByRole('table', { name: 'Backups' }).locator('tbody tr')).toHaveCount(1)
})
