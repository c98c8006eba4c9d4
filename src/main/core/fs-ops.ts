import * as fsp from 'node:fs/promises'

/** The slice of a file handle the store uses. */
export interface FileHandleOps {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/**
 * Every file-system call the store makes goes through this interface, so
 * tests can record the order of operations and inject faults.
 */
export interface FsOps {
  open(path: string, flags: string): Promise<FileHandleOps>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  mkdir(path: string): Promise<void>
  readFile(path: string): Promise<Buffer>
  readdir(path: string): Promise<string[]>
  rmdir(path: string): Promise<void>
  exists(path: string): Promise<boolean>
}

export const nodeFs: FsOps = {
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true })
  },
  readFile: (path) => fsp.readFile(path),
  readdir: (path) => fsp.readdir(path),
  rmdir: (path) => fsp.rmdir(path),
  exists: async (path) => {
    try {
      await fsp.access(path)
      return true
    } catch {
      return false
    }
  },
}

export function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined
}
