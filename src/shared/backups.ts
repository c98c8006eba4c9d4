import { z } from 'zod'

/**
 * What the workspace's backups keep, stated once (the README repeats it):
 * the `keepRecent` most recent backups, plus the newest backup of each of
 * the last `keepDays` days and of each of the last `keepWeeks` weeks; the
 * rest are removed after each new backup. Days and weeks are UTC calendar
 * days and Monday-to-Sunday weeks, today and this week included, so the
 * result does not depend on the machine's time zone. Automatic backups
 * come at most once per `intervalMinutes`, that long after the first
 * change since the last backup, and once more when the app closes if
 * anything changed since; none while nothing changes. The backup taken
 * before a workspace is upgraded to a newer format is always kept.
 */
export const BACKUP_POLICY = {
  keepRecent: 10,
  keepDays: 7,
  keepWeeks: 8,
  intervalMinutes: 10,
} as const

/** What made a backup: the scheduler, the user, a restore (the state it replaced), closing the app, an upgrade of the format, or a re-extraction. */
export const backupTriggers = ['automatic', 'manual', 'before-restore', 'on-close', 'before-migration', 'before-reextract'] as const
export type BackupTrigger = (typeof backupTriggers)[number]

/**
 * Why the rotation keeps a backup: one of the most recent, the newest of a
 * day, the newest of a week, or the state before a format upgrade (kept
 * until removed by hand). Null: the next backup removes it.
 */
export type KeepReason = 'recent' | 'daily' | 'weekly' | 'upgrade' | null

/**
 * A backup's id is its folder name, the UTC time it was taken
 * ("2025-03-01T10-15-00-123Z"; "-2" follows when two share a millisecond).
 * The pattern also keeps an id from naming any other folder.
 */
export const backupIdSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-\d{1,4})?$/, 'not a backup id (see "clausewright backup list")')

/** How far the backup or restore under way has got: sources copied of all, then the check of the copy. */
export interface BackupProgress {
  action: 'backup' | 'restore'
  phase: 'copying' | 'checking'
  done: number
  total: number
  /** Whether it may still be cancelled (a backup until it is renamed into place; never a restore). */
  cancellable: boolean
}

/** One snapshot of the workspace's record files, in backups/<id>/. */
export interface BackupInfo {
  id: string
  createdAt: string
  trigger: BackupTrigger
  keepReason: KeepReason
  counts: { sources: number; clippings: number; drafts: number }
  /** Total size of its files; texts hard-linked to the workspace's take no extra room. */
  bytes: number
}

/** What a restore did: which backup it restored, and the backup of the state it replaced. */
export interface BackupRestore {
  restored: BackupInfo
  before: BackupInfo
}

/** A size for people: "812 B", "14.2 KB", "3.1 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}
