import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeFs } from './fs-ops'
import { sweepLeftovers } from './leftovers'
import { newWorkspace } from './testing/fixtures'
import { layout } from './workspace-layout'
import { WorkspaceStore } from './workspace-store'

describe('sweepLeftovers', () => {
  it('removes temp files and half-built sources that crashes left, and nothing else', async () => {
    const { dir, store } = await newWorkspace({ sample: true })
    const sourceId = [...store.sources.keys()][0] as string
    const sourceDir = layout.sourceDir(dir, sourceId)
    const before = await readFile(layout.sourceFile(dir, sourceId), 'utf8')
    await writeFile(join(dir, 'codebook.json.0123456789ab.tmp'), '{"half')
    await writeFile(join(layout.draftsDir(dir), 'drf_x.json.abcdefabcdef.tmp'), '')
    await writeFile(join(sourceDir, 'source.json.a1b2c3d4e5f6.tmp'), '{')
    await mkdir(join(layout.sourcesDir(dir), '.new-src_leftover00'))
    await writeFile(join(layout.sourcesDir(dir), '.new-src_leftover00', 'text.txt'), 'half a source')
    // A user's own file that merely ends in .tmp is not ours to remove.
    await writeFile(join(dir, 'notes.tmp'), 'mine')

    expect(await sweepLeftovers(nodeFs, dir)).toBe(4)
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual(['notes.tmp'])
    expect(await readdir(layout.sourcesDir(dir))).not.toContain('.new-src_leftover00')
    expect(await readdir(sourceDir)).not.toContain('source.json.a1b2c3d4e5f6.tmp')
    expect(await readFile(layout.sourceFile(dir, sourceId), 'utf8')).toBe(before)
    const reopened = await WorkspaceStore.open(dir)
    expect(reopened.problems).toEqual([])
    expect(reopened.sources.size).toBe(store.sources.size)
  })
})
