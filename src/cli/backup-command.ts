import { backupIdSchema, formatSize, type BackupInfo, type KeepReason } from '../shared/backups'
import { createBackup, listBackups, restoreBackup } from '../main/core/backup/backups'
import { nodeFs } from '../main/core/fs-ops'
import { readWorkspaceMeta } from '../main/core/workspace-open'
import { WorkspaceStore } from '../main/core/workspace-store'
import { becomeWriter } from '../main/core/writer'
import { printJson } from './output'
import { UsageError } from './usage-error'

const KEPT_AS: Record<NonNullable<KeepReason>, string> = { recent: 'recent', daily: 'daily', weekly: 'weekly', upgrade: 'upgrade' }

function cell(text: string, width: number): string {
  return text.padEnd(width)
}

/** "2025-03-01 10:15 UTC": backups are named and rotated in UTC, so the list says so. */
function taken(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function contents(b: BackupInfo): string {
  return `${count(b.counts.sources, 'source')}, ${count(b.counts.clippings, 'clipping')}, ${count(b.counts.drafts, 'draft')}`
}

/** A plain-text table of backups for the terminal, newest first. */
export function formatBackupTable(rows: BackupInfo[]): string {
  if (rows.length === 0) return 'No backups yet.'
  const lines = [`${cell('ID', 26)}  ${cell('TAKEN', 20)}  ${cell('KEPT AS', 9)}  ${cell('TRIGGER', 16)}  ${cell('SIZE', 9)}  CONTENTS`]
  for (const b of rows) {
    const kept = b.keepReason ? KEPT_AS[b.keepReason] : 'expiring'
    lines.push(`${cell(b.id, 26)}  ${cell(taken(b.createdAt), 20)}  ${cell(kept, 9)}  ${cell(b.trigger, 16)}  ${cell(formatSize(b.bytes), 9)}  ${contents(b)}`)
  }
  return lines.join('\n')
}

/**
 * `clausewright backup list|create|restore <id>`. Listing only reads;
 * creating and restoring take the workspace's lock like every command
 * that writes, so they are refused while the app has the workspace open.
 */
export async function backupCommand(dir: string, args: string[], json: boolean): Promise<number> {
  const [action, id, ...extra] = args
  if (action === 'list') {
    await readWorkspaceMeta(nodeFs, dir)
    const rows = await listBackups({ fs: nodeFs, dir, now: new Date() })
    if (json) printJson(rows)
    else console.log(formatBackupTable(rows))
    return 0
  }
  if (action === 'create') {
    const { lock } = await becomeWriter(await WorkspaceStore.open(dir))
    const backup = await createBackup({ fs: nodeFs, dir, now: new Date() }, 'manual').finally(() => lock.release())
    if (json) printJson(backup)
    else console.log(`Backed up to backups/${backup.id} (${contents(backup)}, ${formatSize(backup.bytes)}).`)
    return 0
  }
  if (action === 'restore') {
    if (!id || extra.length > 0) throw new UsageError('backup restore needs exactly one backup id (see "backup list").')
    const parsed = backupIdSchema.safeParse(id)
    if (!parsed.success) throw new UsageError(`"${id}" is ${parsed.error.issues[0]?.message ?? 'not a backup id'}.`)
    const { lock } = await becomeWriter(await WorkspaceStore.open(dir))
    const result = await restoreBackup({ fs: nodeFs, dir, now: new Date() }, parsed.data).finally(() => lock.release())
    if (json) printJson(result)
    else {
      console.log(`Restored backup ${result.restored.id} (taken ${taken(result.restored.createdAt)}: ${contents(result.restored)}).`)
      console.log(`The state before the restore is kept as backup ${result.before.id}; restore that one to go back.`)
    }
    return 0
  }
  throw new UsageError(`Unknown backup action "${action ?? ''}": try "backup list", "backup create" or "backup restore <id>".`)
}
