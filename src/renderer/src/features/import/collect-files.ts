/** One file to import, with the name the user will recognise it by. */
export interface ImportItem {
  /** The file name, or its path inside a picked or dropped folder. */
  name: string
  file: File
}

/** Dot-files and dot-folders (.git, .DS_Store) are never documents the user meant to import. */
function isHidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'))
}

function byName(a: ImportItem, b: ImportItem): number {
  return a.name.localeCompare(b.name)
}

/** Files from a file picker; a folder picker fills webkitRelativePath, which becomes the name. */
export function itemsFromFiles(files: Iterable<File>): ImportItem[] {
  const items: ImportItem[] = []
  for (const file of files) {
    const name = file.webkitRelativePath || file.name
    if (!isHidden(name)) items.push({ name, file })
  }
  return items.sort(byName)
}

/**
 * What a drop carries must be taken while the drop event runs: the
 * DataTransfer is emptied afterwards. Entries give folders; plain files are
 * the fallback where entries are not available.
 */
export function captureDrop(data: DataTransfer): FileSystemEntry[] | File[] {
  const entries: FileSystemEntry[] = []
  for (const item of data.items) {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null
    if (entry) entries.push(entry)
  }
  return entries.length > 0 ? entries : [...data.files]
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject))
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile
}

async function walk(entry: FileSystemEntry, into: ImportItem[]): Promise<void> {
  if (entry.name.startsWith('.')) return
  if (isFile(entry)) {
    into.push({ name: entry.fullPath.replace(/^\/+/, ''), file: await fileOf(entry) })
  } else if (isDirectory(entry)) {
    const reader = entry.createReader()
    // readEntries returns a folder's entries in batches (100 in Chromium) until an empty one.
    for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
      for (const child of batch) await walk(child, into)
    }
  }
}

/** Every file of a drop, folders walked to the bottom, named by their path inside the drop. */
export async function itemsFromDrop(captured: FileSystemEntry[] | File[]): Promise<ImportItem[]> {
  if (captured.every((c) => c instanceof File)) return itemsFromFiles(captured as File[])
  const items: ImportItem[] = []
  for (const entry of captured as FileSystemEntry[]) await walk(entry, items)
  return items.sort(byName)
}
