import { BACKUP_POLICY, type BackupTrigger, type KeepReason } from '../../../shared/backups'

/** The policy's numbers (BACKUP_POLICY in shared/backups.ts); tests may pass others. */
export type BackupPolicy = { [K in keyof typeof BACKUP_POLICY]: number }

const DAY_MS = 86_400_000

function dayNumber(time: number): number {
  return Math.floor(time / DAY_MS)
}

/** Day 0 (1970-01-01) was a Thursday; shifting by 3 makes each week start on a Monday. */
function weekNumber(day: number): number {
  return Math.floor((day + 3) / 7)
}

/**
 * Why the policy keeps each backup at `now`, by id (null: not kept). The
 * backup taken before a format upgrade is always kept, as such. A
 * backup that is both recent and the newest of its day counts as recent;
 * a day or week is represented by its newest backup even when that one is
 * already kept for another reason.
 */
export function keepReasons(
  backups: ReadonlyArray<{ id: string; createdAt: string; trigger?: BackupTrigger }>,
  now: Date,
  policy: BackupPolicy = BACKUP_POLICY,
): Map<string, KeepReason> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
  const reasons = new Map<string, KeepReason>(newestFirst.map((b, i) => [b.id, i < policy.keepRecent ? 'recent' : null]))
  const today = dayNumber(now.getTime())
  const thisWeek = weekNumber(today)
  const daysSeen = new Set<number>()
  const weeksSeen = new Set<number>()
  for (const backup of newestFirst) {
    const day = dayNumber(new Date(backup.createdAt).getTime())
    const week = weekNumber(day)
    const inDays = today - day >= 0 && today - day < policy.keepDays
    const inWeeks = thisWeek - week >= 0 && thisWeek - week < policy.keepWeeks
    if (inDays && !daysSeen.has(day)) {
      daysSeen.add(day)
      if (reasons.get(backup.id) === null) reasons.set(backup.id, 'daily')
    }
    if (inWeeks && !weeksSeen.has(week)) {
      weeksSeen.add(week)
      if (reasons.get(backup.id) === null) reasons.set(backup.id, 'weekly')
    }
  }
  // The only copy of the workspace in its old format: a rotation must not take it.
  for (const backup of newestFirst) if (backup.trigger === 'before-migration') reasons.set(backup.id, 'upgrade')
  return reasons
}
