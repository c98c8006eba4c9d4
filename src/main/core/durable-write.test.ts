import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { writeFileDurable } from './durable-write'
import type { FsOps } from './fs-ops'
import { recordingFs, tempDir } from './testing/recording-fs'

describe('writeFileDurable', () => {
  it('writes a temp file, fsyncs it, renames it over the target, then fsyncs the directory', async () => {
    const dir = await tempDir()
    const { fs, log } = recordingFs(dir)
    await writeFileDurable(fs, join(dir, 'a.json'), '{"v":1}\n')
    expect(log).toEqual([
      'open(wx) a.json.tmp',
      'write a.json.tmp',
      'fsync a.json.tmp',
      'close a.json.tmp',
      'rename a.json.tmp -> a.json',
      'open(r) .',
      'fsync .',
      'close .',
    ])
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('{"v":1}\n')
  })

  it('keeps the previous file and leaves no temp file when a step fails', async () => {
    const dir = await tempDir()
    const target = join(dir, 'a.json')
    await writeFile(target, 'old')
    const { fs } = recordingFs(dir)
    const failingSync: FsOps = {
      ...fs,
      open: async (path, flags) => {
        const handle = await fs.open(path, flags)
        return { ...handle, sync: () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })) }
      },
    }
    const error = await writeFileDurable(failingSync, target, 'new').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toBe('Could not save a.json: the disk is full.')
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(dir)).toEqual(['a.json'])
  })
})
