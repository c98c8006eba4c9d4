import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from './testing/recording-fs'
import { lockWorkspace } from './workspace-lock'

describe('lockWorkspace', () => {
  it('lets one writer in and tells the second who holds the workspace', async () => {
    const dir = await tempDir()
    const lock = await lockWorkspace(dir)
    await expect(lockWorkspace(dir)).rejects.toThrow(`open in another Clausewright (process ${process.pid}`)
    await lock.release()
    const again = await lockWorkspace(dir)
    await again.release()
  })

  it('takes over a lock whose process is gone', async () => {
    const dir = await tempDir()
    const child = spawn(process.execPath, ['-e', ''])
    const pid = child.pid!
    await new Promise((resolve) => child.on('exit', resolve))
    const { hostname } = await import('node:os')
    await writeFile(join(dir, '.clausewright.lock'), JSON.stringify({ pid, host: hostname(), since: '2020-01-01T00:00:00Z' }))
    const lock = await lockWorkspace(dir)
    expect(JSON.parse(await readFile(join(dir, '.clausewright.lock'), 'utf8')).pid).toBe(process.pid)
    await lock.release()
  })

  it('takes over a lock file left half-written by a crash', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, '.clausewright.lock'), '{"pid":')
    const lock = await lockWorkspace(dir)
    await lock.release()
  })
})
