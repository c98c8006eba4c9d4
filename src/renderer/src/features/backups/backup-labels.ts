import type { BackupInfo, BackupTrigger, KeepReason } from '../../../../shared/backups'
import { countOf } from '../../lib/format'

const keptAs: Record<NonNullable<KeepReason>, string> = {
  recent: 'Recent',
  daily: 'Newest of its day',
  weekly: 'Newest of its week',
  upgrade: 'Before an upgrade (kept)',
}

const madeBy: Record<BackupTrigger, string> = {
  automatic: 'Automatic',
  manual: 'Back up now',
  'before-restore': 'Before a restore',
  'on-close': 'On closing',
  'before-migration': 'Before a format upgrade',
  'before-reextract': 'Before a re-extraction',
}

/** Why the rotation keeps a backup, as the list shows it. */
export function keepLabel(reason: KeepReason): string {
  return reason ? keptAs[reason] : 'Removed at the next backup'
}

/** What made a backup, as the list shows it. */
export function triggerLabel(trigger: BackupTrigger): string {
  return madeBy[trigger]
}

/** "5 sources, 20 clippings, 1 draft". */
export function contentsLabel({ counts }: BackupInfo): string {
  return [countOf(counts.sources, 'source', 'sources'), countOf(counts.clippings, 'clipping', 'clippings'), countOf(counts.drafts, 'draft', 'drafts')].join(', ')
}
