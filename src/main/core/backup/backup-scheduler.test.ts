import { describe, expect, it } from 'vitest'
import { FakeClock } from '../testing/fake-clock'
import { BackupScheduler } from './backup-scheduler'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** A scheduler whose backups are only recorded, taken the way the app core takes them. */
function scheduled(options: { failing?: () => boolean } = {}) {
  const clock = new FakeClock('2025-03-03T09:00:00Z')
  const taken: Array<{ trigger: string; at: string }> = []
  const errors: unknown[] = []
  const scheduler: BackupScheduler = new BackupScheduler({
    clock,
    intervalMs: 10 * MINUTE,
    take: async (trigger) => {
      const wasDirty = scheduler.markBackedUp()
      if (options.failing?.()) {
        if (wasDirty) scheduler.noteChange()
        throw new Error('the disk is full')
      }
      taken.push({ trigger, at: clock.now().toISOString().slice(11, 16) })
    },
    onError: (err) => errors.push(err),
  })
  /** Moves the clock and lets the backup it started finish. */
  const advance = async (ms: number) => {
    clock.advance(ms)
    await scheduler.whenIdle()
  }
  return { clock, scheduler, taken, errors, advance }
}

describe('BackupScheduler', () => {
  it('takes none while nothing changes, not even on close', async () => {
    const { scheduler, taken, clock, advance } = scheduled()
    await advance(30 * DAY)
    await scheduler.close()
    expect(taken).toEqual([])
    expect(clock.pendingTimers()).toBe(0)
  })

  it('takes one an interval after a change, however many changes come meanwhile', async () => {
    const { scheduler, taken, advance } = scheduled()
    scheduler.noteChange()
    for (let i = 0; i < 9; i++) {
      await advance(MINUTE)
      scheduler.noteChange()
    }
    expect(taken).toEqual([])
    await advance(MINUTE)
    expect(taken).toEqual([{ trigger: 'automatic', at: '09:10' }])
    // Quiet for an hour: nothing more.
    await advance(60 * MINUTE)
    expect(taken).toHaveLength(1)
    // The next change starts the next interval.
    scheduler.noteChange()
    await advance(10 * MINUTE)
    expect(taken.map((t) => t.at)).toEqual(['09:10', '10:20'])
  })

  it('never takes two within one interval, even when editing goes on for hours', async () => {
    const { scheduler, taken, advance } = scheduled()
    for (let minute = 0; minute < 120; minute++) {
      scheduler.noteChange()
      await advance(MINUTE)
    }
    const minutes = taken.map((t) => Number(t.at.slice(0, 2)) * 60 + Number(t.at.slice(3)))
    expect(minutes.length).toBe(12)
    for (let i = 1; i < minutes.length; i++) expect(minutes[i]! - minutes[i - 1]!).toBeGreaterThanOrEqual(10)
  })

  it('takes a last one on close only if something changed since the last began', async () => {
    const changedLate = scheduled()
    changedLate.scheduler.noteChange()
    await changedLate.advance(10 * MINUTE)
    changedLate.scheduler.noteChange()
    await changedLate.advance(2 * MINUTE)
    await changedLate.scheduler.close()
    expect(changedLate.taken).toEqual([
      { trigger: 'automatic', at: '09:10' },
      { trigger: 'on-close', at: '09:12' },
    ])

    const backedUp = scheduled()
    backedUp.scheduler.noteChange()
    await backedUp.advance(10 * MINUTE)
    await backedUp.scheduler.close()
    expect(backedUp.taken).toHaveLength(1)
    // After close nothing is scheduled any more.
    backedUp.scheduler.noteChange()
    expect(backedUp.clock.pendingTimers()).toBe(0)
  })

  it('counts a backup taken by hand as one: nothing is due after it', async () => {
    const { scheduler, taken, advance } = scheduled()
    scheduler.noteChange()
    await advance(5 * MINUTE)
    scheduler.markBackedUp()
    await advance(DAY)
    await scheduler.close()
    expect(taken).toEqual([])
  })

  it('reports a failed backup and tries again one interval later', async () => {
    let failures = 1
    const { scheduler, taken, errors, advance } = scheduled({ failing: () => failures-- > 0 })
    scheduler.noteChange()
    await advance(10 * MINUTE)
    expect(errors).toEqual([new Error('the disk is full')])
    expect(taken).toEqual([])
    await advance(10 * MINUTE)
    expect(taken).toEqual([{ trigger: 'automatic', at: '09:20' }])
  })
})
