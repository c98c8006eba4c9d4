import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'

// The command line only: these tests start no browser and no app window.
// Each test runs a dozen CLI processes, which a busy machine can make slow.
test.describe.configure({ timeout: 90_000 })

const bin = fileURLToPath(new URL('../bin/clausewright.js', import.meta.url))

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input: '' })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

async function sampleWorkspace(): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'cw-backup-cli-')), 'ws')
  expect(cli('init', '--sample', '--workspace', dir)).toMatchObject({ code: 0 })
  return dir
}

const titles = (dir: string) => JSON.parse(cli('list', 'sources', '--json', '--workspace', dir).out).map((s: { title: string }) => s.title).sort()

test('the CLI backs up a workspace, lists its backups and restores one', async () => {
  const dir = await sampleWorkspace()
  expect(cli('backup', 'list', '--workspace', dir)).toMatchObject({ code: 0, out: 'No backups yet.\n' })

  const created = cli('backup', 'create', '--workspace', dir)
  expect(created).toMatchObject({ code: 0, out: expect.stringMatching(/^Backed up to backups\/\S+ \(5 sources, \d+ clippings, 1 draft, [\d.]+ KB\)\.\n$/) })
  const [backup] = JSON.parse(cli('backup', 'list', '--json', '--workspace', dir).out)
  expect(backup).toMatchObject({ trigger: 'manual', keepReason: 'recent', counts: { sources: 5, drafts: 1 } })
  expect(cli('backup', 'list', '--workspace', dir).out).toMatch(new RegExp(`^ID .*\\n${backup.id}  .*UTC  recent .*manual .*5 sources`))
  const before = titles(dir)
  const workspaceJson = await readFile(join(dir, 'workspace.json'), 'utf8')

  const note = join(dir, '..', 'note.txt')
  await writeFile(note, 'A point of contact shall be designated within thirty days.\n')
  expect(cli('add-text', '--workspace', dir, '--title', 'Added after the backup', '--file', note)).toMatchObject({ code: 0 })
  expect(titles(dir)).toContain('Added after the backup')

  const restored = cli('backup', 'restore', backup.id, '--workspace', dir)
  expect(restored.code).toBe(0)
  expect(restored.out).toContain(`Restored backup ${backup.id}`)
  expect(restored.out).toMatch(/The state before the restore is kept as backup \S+; restore that one to go back\./)
  expect(titles(dir)).toEqual(before)
  expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe(workspaceJson)
  expect(cli('check', '--workspace', dir)).toMatchObject({ code: 0, out: expect.stringContaining('no problems') })

  const listed = JSON.parse(cli('backup', 'list', '--json', '--workspace', dir).out)
  expect(listed.map((b: { trigger: string }) => b.trigger)).toEqual(['before-restore', 'manual'])
  expect(listed[0].counts.sources).toBe(6)
  // Restoring the backup the restore took goes back to the state it replaced.
  expect(cli('backup', 'restore', listed[0].id, '--workspace', dir)).toMatchObject({ code: 0 })
  expect(titles(dir)).toContain('Added after the backup')
  expect((await readdir(join(dir, 'backups'))).filter((n) => n.startsWith('.') && n !== '.gitignore')).toEqual([])
})

test('while the app holds the workspace, backing up and restoring are refused and listing works', async () => {
  const dir = await sampleWorkspace()
  expect(cli('backup', 'create', '--workspace', dir)).toMatchObject({ code: 0 })
  const [backup] = JSON.parse(cli('backup', 'list', '--json', '--workspace', dir).out)
  // The lock file a running app leaves: this test process stands in for it.
  await writeFile(join(dir, '.clausewright.lock'), JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }))
  const sourcesBefore = await readdir(join(dir, 'sources'))

  for (const args of [['backup', 'create'], ['backup', 'restore', backup.id]]) {
    const refused = cli(...args, '--workspace', dir)
    expect(refused.code).toBe(1)
    expect(refused.err).toContain(`open in another Clausewright (process ${process.pid}`)
  }
  expect(JSON.parse(cli('backup', 'list', '--json', '--workspace', dir).out)).toHaveLength(1)
  expect(await readdir(join(dir, 'sources'))).toEqual(sourcesBefore)
})

test('the backup commands explain bad usage and unknown backups', async () => {
  const dir = await sampleWorkspace()
  expect(cli('backup', '--workspace', dir)).toMatchObject({ code: 2, err: expect.stringContaining('Unknown backup action ""') })
  expect(cli('backup', 'frobnicate', '--workspace', dir)).toMatchObject({ code: 2, err: expect.stringContaining('try "backup list"') })
  expect(cli('backup', 'restore', '--workspace', dir)).toMatchObject({ code: 2, err: expect.stringContaining('needs exactly one backup id') })
  expect(cli('backup', 'restore', '../sources', '--workspace', dir)).toMatchObject({ code: 2, err: expect.stringContaining('not a backup id') })
  expect(cli('backup', 'restore', '2020-01-01T00-00-00-000Z', '--workspace', dir)).toMatchObject({
    code: 1,
    err: expect.stringContaining('There is no backup 2020-01-01T00-00-00-000Z'),
  })
  expect(cli('--help').out).toContain('backup restore <id> [--json]')
  const missing = join(dir, '..', 'nowhere')
  expect(cli('backup', 'list', '--workspace', missing)).toMatchObject({ code: 1, err: expect.stringContaining('There is no workspace at') })
})
