import type { Clock } from './clock'

/** What the scheduler needs: a clock, the interval, and how to take a backup. */
export interface SchedulerOptions {
  clock: Clock
  /** The least time between two automatic backups, which is also how long after a change one comes. */
  intervalMs: number
  /** Takes one backup; it must call markBackedUp when it starts, and noteChange again if it fails. */
  take: (trigger: 'automatic' | 'on-close') => Promise<unknown>
  /** Told of a failed automatic backup; a failure never reaches the edit that caused it. */
  onError: (err: unknown) => void
}

/**
 * When automatic backups happen. A change arms one timer, and the backup
 * comes one interval later, whatever else changes meanwhile; the next
 * change after it arms the next. So there is at most one per interval,
 * none while nothing changes, and closing takes a last one only if
 * something changed since the last backup began.
 */
export class BackupScheduler {
  private dirty = false
  private cancelTimer: (() => void) | null = null
  private running: Promise<void> = Promise.resolve()
  private closed = false

  constructor(private readonly options: SchedulerOptions) {}

  /** Something in the workspace was saved. */
  noteChange(): void {
    this.dirty = true
    if (this.closed || this.cancelTimer) return
    this.cancelTimer = this.options.clock.setTimer(this.options.intervalMs, () => {
      this.cancelTimer = null
      this.running = this.running.then(() => this.fire('automatic'))
    })
  }

  /**
   * A backup (of any kind) is starting: what changed so far is in it.
   * Returns whether anything had changed, so a failed backup can say so again.
   */
  markBackedUp(): boolean {
    const was = this.dirty
    this.dirty = false
    return was
  }

  /** Resolves once no automatic backup is running. */
  whenIdle(): Promise<void> {
    return this.running
  }

  /** Stops the timer, waits for a running backup, and takes the closing one if anything changed. */
  async close(): Promise<void> {
    this.closed = true
    this.cancelTimer?.()
    this.cancelTimer = null
    await this.running
    await this.fire('on-close')
  }

  private async fire(trigger: 'automatic' | 'on-close'): Promise<void> {
    if (!this.dirty) return
    try {
      await this.options.take(trigger)
    } catch (err) {
      this.options.onError(err)
    }
  }
}
