import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'

const bin = fileURLToPath(new URL('../bin/clausewright.js', import.meta.url))

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input: '' })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

test('the CLI creates, fills, lists and checks a workspace', async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'cw-cli-')), 'ws')
  expect(cli('init', '--workspace', dir)).toMatchObject({ code: 0 })
  expect(cli('check', '--workspace', dir)).toMatchObject({ code: 0, out: expect.stringContaining('no problems') })

  const note = join(dir, '..', 'note.txt')
  await writeFile(note, 'Points of contact should be designated.\n')
  const added = cli('add-text', '--workspace', dir, '--title', 'PoC memo', '--file', note, '--author', 'L. Brandt', '--date', '2024')
  expect(added).toMatchObject({ code: 0, out: expect.stringContaining('Added "PoC memo"') })
  expect(cli('add-text', '--workspace', dir, '--title', 'Again', '--file', note)).toMatchObject({
    code: 1,
    err: expect.stringContaining('already in the workspace as "PoC memo"'),
  })

  const listed = cli('list', 'sources', '--workspace', dir, '--json')
  expect(listed.code).toBe(0)
  expect(JSON.parse(listed.out)).toEqual([
    expect.objectContaining({ title: 'PoC memo', authors: ['L. Brandt'], date: '2024', clippingCount: 0 }),
  ])

  const [id] = await readdir(join(dir, 'sources'))
  const file = join(dir, 'sources', id as string, 'source.json')
  await writeFile(file, (await readFile(file, 'utf8')).slice(0, 40))
  const checked = cli('check', '--workspace', dir)
  expect(checked.code).toBe(1)
  expect(checked.out).toContain(`sources/${id}/source.json: the JSON is truncated or malformed`)
})

test('the CLI copies the sample workspace and explains bad usage', async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'cw-cli-')), 'ws')
  expect(cli('init', '--sample', '--workspace', dir)).toMatchObject({ code: 0, out: expect.stringContaining('sample') })
  expect(cli('check', '--workspace', dir)).toMatchObject({ code: 0 })
  const listed = JSON.parse(cli('list', 'sources', '--json', '--workspace', dir).out)
  expect(listed.length).toBe(5)

  expect(cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command "frobnicate"') })
  expect(cli('add-text', '--workspace', dir)).toMatchObject({ code: 2, err: expect.stringContaining('--title and --file') })
  expect(cli('init', '--workspace', dir)).toMatchObject({ code: 1, err: expect.stringContaining('is not empty') })
})

test('the CLI refuses a workspace written by a newer version and leaves it alone', async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'cw-cli-')), 'ws')
  cli('init', '--workspace', dir)
  const meta = join(dir, 'workspace.json')
  const newer = JSON.stringify({ ...JSON.parse(await readFile(meta, 'utf8')), formatVersion: 7 })
  await writeFile(meta, newer)
  const listed = cli('list', 'sources', '--workspace', dir)
  expect(listed).toMatchObject({ code: 1, err: expect.stringContaining('newer version of Clausewright') })
  expect(await readFile(meta, 'utf8')).toBe(newer)
})

test('the CLI imports a folder, reports each file, and searches what it imported', async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'cw-cli-')), 'ws')
  cli('init', '--workspace', dir)
  const seeds = fileURLToPath(new URL('../../shared/corpus/seeds/', import.meta.url))
  const locked = fileURLToPath(new URL('../../shared/corpus/real/password_protected_skew_scan_pw-password.pdf', import.meta.url))
  const imported = cli('import', seeds, locked, '--workspace', dir)
  expect(imported.code).toBe(1)
  expect(imported.out).toContain('imported   seeds/000_16febc7ae85f2449.txt -> "Why the World Needs a New Cyber Treaty for Critical Infrastructure"')
  expect(imported.out).toMatch(/failed {5}.*password_protected_skew_scan_pw-password\.pdf: the PDF is password-protected/)
  expect(imported.out).toContain('4 imported, 0 duplicate, 1 failed.')

  const again = cli('import', seeds, '--workspace', dir, '--json')
  expect(again.code).toBe(0)
  expect(JSON.parse(again.out).map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate'])

  const found = cli('search', 'Incidents', 'at', 'Sea', '--workspace', dir, '--json')
  expect(found.code).toBe(0)
  const response = JSON.parse(found.out)
  expect(response.hits[0]).toMatchObject({ kind: 'source', title: 'Time to Pursue an International Cyber Treaty?' })
})

test('the CLI lists drafts and exports the sample clause pack as Markdown, JSON and CSV', async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'cw-cli-')), 'ws')
  cli('init', '--sample', '--workspace', dir)
  const drafts = JSON.parse(cli('list', 'drafts', '--json', '--workspace', dir).out)
  expect(drafts).toEqual([expect.objectContaining({ id: 'drf_ciiclausepack', articleCount: 3 })])
  const out = join(dir, '..', 'pack.md')
  expect(cli('export', 'drf_ciiclausepack', '--out', out, '--workspace', dir)).toMatchObject({ code: 0 })
  const markdown = await readFile(out, 'utf8')
  expect(markdown).toContain('## Article 2 — Protection of critical infrastructure')
  expect(markdown).toContain('## Annex: supporting excerpts')
  const json = JSON.parse(cli('export', 'drf_ciiclausepack', '--format', 'json', '--workspace', dir).out)
  expect(json.format).toBe('clausewright-clause-pack')
  const csv = cli('export', 'drf_ciiclausepack', '--format', 'csv', '--workspace', dir).out
  expect(csv).toMatch(/^\uFEFFParagraph,Paragraph text,Status,Quote/)
  expect(cli('export', 'drf_ciiclausepack', '--format', 'pdf', '--workspace', dir)).toMatchObject({ code: 2 })
  expect(cli('export', 'drf_missing000', '--workspace', dir)).toMatchObject({ code: 1, err: expect.stringContaining('No draft with id drf_missing000') })
})
