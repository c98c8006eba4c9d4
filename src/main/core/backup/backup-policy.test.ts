import { describe, expect, it } from 'vitest'
import { BACKUP_POLICY } from '../../../shared/backups'
import { keepReasons } from './backup-policy'

const at = (iso: string) => ({ id: iso, createdAt: iso })

describe('keepReasons', () => {
  it('keeps the recent ones, the newest of each of 7 days and of each of 8 weeks, and nothing else', () => {
    const now = new Date('2025-03-20T12:00:00.000Z') // a Thursday; the week began Monday 17 March
    const today = Array.from({ length: 12 }, (_, h) => at(`2025-03-20T${String(h).padStart(2, '0')}:00:00.000Z`))
    const days = [11, 12, 13, 14, 15, 16, 17, 18, 19].map((d) => at(`2025-03-${d}T18:00:00.000Z`))
    // A Tuesday and a Friday in each of the eight weeks before last.
    const weeks = ['01-14', '01-17', '01-21', '01-24', '01-28', '01-31', '02-04', '02-07', '02-11', '02-14', '02-18', '02-21', '02-25', '02-28', '03-04', '03-07']
      .map((d) => at(`2025-${d}T10:00:00.000Z`))
    const reasons = keepReasons([...weeks, ...today, ...days], now)

    const kept = (reason: string) => [...reasons].filter(([, r]) => r === reason).map(([id]) => id.slice(0, 13)).sort()
    expect(kept('recent')).toEqual(['02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((h) => `2025-03-20T${h}`))
    // 17, 18 and 19 March are within 7 days; 14 to 16 too. 11 to 13 are older, and 16 speaks for their week.
    expect(kept('daily')).toEqual(['14', '15', '16', '17', '18', '19'].map((d) => `2025-03-${d}T18`))
    // The Friday of each week within 8 (this week and the last are represented by recent and daily ones).
    expect(kept('weekly')).toEqual(['01-31', '02-07', '02-14', '02-21', '02-28', '03-07'].map((d) => `2025-${d}T10`))
    expect([...reasons].filter(([, r]) => r === null).map(([id]) => id.slice(0, 13)).sort()).toEqual([
      '2025-01-14T10', '2025-01-17T10', '2025-01-21T10', '2025-01-24T10',
      '2025-01-28T10', '2025-02-04T10', '2025-02-11T10', '2025-02-18T10', '2025-02-25T10', '2025-03-04T10',
      '2025-03-11T18', '2025-03-12T18', '2025-03-13T18',
      '2025-03-20T00', '2025-03-20T01',
    ])
  })

  it('keeps the most recent ones of a workspace left alone for months', () => {
    const old = Array.from({ length: 14 }, (_, i) => at(`2024-06-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`))
    const reasons = keepReasons(old, new Date('2025-01-01T00:00:00.000Z'))
    expect([...reasons.values()].filter((r) => r === 'recent')).toHaveLength(BACKUP_POLICY.keepRecent)
    expect(reasons.get('2024-06-04T08:00:00.000Z')).toBeNull()
    expect(reasons.get('2024-06-05T08:00:00.000Z')).toBe('recent')
  })

  it('always keeps the backup taken before a format upgrade, however old', () => {
    const upgrade = { ...at('2024-01-02T08:00:00.000Z'), trigger: 'before-migration' as const }
    const later = Array.from({ length: 14 }, (_, i) => at(`2024-06-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`))
    const reasons = keepReasons([upgrade, ...later], new Date('2025-01-01T00:00:00.000Z'))
    expect(reasons.get(upgrade.id)).toBe('upgrade')
    expect([...reasons.values()].filter((r) => r === 'recent')).toHaveLength(BACKUP_POLICY.keepRecent)
  })
})
