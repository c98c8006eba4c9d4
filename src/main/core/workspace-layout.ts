import { join } from 'node:path'

/** The folder of a source's clipping shards, inside the source's folder. */
export const SHARDS_FOLDER = 'clippings'

/** Where each record group lives inside a workspace folder. */
export const layout = {
  workspaceFile: (dir: string) => join(dir, 'workspace.json'),
  codebookFile: (dir: string) => join(dir, 'codebook.json'),
  viewsFile: (dir: string) => join(dir, 'views.json'),
  trashDir: (dir: string) => join(dir, 'trash'),
  backupsDir: (dir: string) => join(dir, 'backups'),
  sourcesDir: (dir: string) => join(dir, 'sources'),
  sourceDir: (dir: string, id: string) => join(dir, 'sources', id),
  sourceFile: (dir: string, id: string) => join(dir, 'sources', id, 'source.json'),
  sourceText: (dir: string, id: string) => join(dir, 'sources', id, 'text.txt'),
  clippingsDir: (dir: string, id: string) => join(dir, 'sources', id, SHARDS_FOLDER),
  shardFile: (dir: string, id: string, shard: string) => join(dir, 'sources', id, SHARDS_FOLDER, `${shard}.json`),
  draftsDir: (dir: string) => join(dir, 'drafts'),
  draftFile: (dir: string, id: string) => join(dir, 'drafts', `${id}.json`),
}

/**
 * Folders that are not records: a source being created is assembled in a
 * dot-folder and renamed into place, so a crash never leaves half a source.
 */
export function isRecordEntry(name: string): boolean {
  return !name.startsWith('.') && !name.endsWith('.tmp')
}
