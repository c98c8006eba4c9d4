import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { writeFileDurable } from './durable-write'
import { nodeFs, type FsOps } from './fs-ops'
import { faultyFs } from './testing/faulty-fs'
import { tempDir } from './testing/recording-fs'

const eio = () => Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })

describe('writeFileDurable when the directory sync fails after the rename', () => {
  it('puts the previous version back, byte for byte, and reports the save as failed', async () => {
    const dir = await tempDir()
    const target = join(dir, 'a.json')
    await writeFile(target, Buffer.from([0x7b, 0x7d, 0x0a, 0xe2, 0x82, 0xac]))
    const faults = faultyFs(dir)
    faults.inject({ call: 'open', path: '.', nth: 1, code: 'EIO', mode: 'always' })
    const error = await writeFileDurable(faults.fs, target, 'new').catch((e: unknown) => e)
    expect((error as AppError).message).toBe('Could not save a.json: the system reported EIO.')
    expect(await readFile(target)).toEqual(Buffer.from([0x7b, 0x7d, 0x0a, 0xe2, 0x82, 0xac]))
    expect(await readdir(dir)).toEqual(['a.json'])
  })

  it('removes a file that did not exist before', async () => {
    const dir = await tempDir()
    const faults = faultyFs(dir)
    faults.inject({ call: 'sync', path: '.', nth: 1, code: 'EIO', mode: 'once' })
    await expect(writeFileDurable(faults.fs, join(dir, 'new.json'), 'x')).rejects.toThrow(/Could not save new\.json/)
    expect(await readdir(dir)).toEqual([])
  })

  it('says the outcome is unknown when the previous version cannot be put back either', async () => {
    const dir = await tempDir()
    const target = join(dir, 'a.json')
    await writeFile(target, 'old')
    let renames = 0
    const fs: FsOps = {
      ...nodeFs,
      open: (path, flags) => (path === dir ? Promise.reject(eio()) : nodeFs.open(path, flags)),
      rename: (from, to) => (++renames > 1 ? Promise.reject(eio()) : nodeFs.rename(from, to)),
    }
    const error = await writeFileDurable(fs, target, 'new').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toBe('Could not confirm that a.json was saved: the system reported EIO.')
    expect((error as AppError).hint).toMatch(/may hold the new version or the previous one/)
    expect(await readdir(dir)).toEqual(['a.json'])
  })
})
