import type { Clock } from '../backup/clock'

/** A clock that moves only when told to, firing the timers that fall due on the way. */
export class FakeClock implements Clock {
  private time: number
  private timers: Array<{ at: number; run: () => void }> = []

  constructor(start: string | Date) {
    this.time = new Date(start).getTime()
  }

  now(): Date {
    return new Date(this.time)
  }

  setTimer(ms: number, run: () => void): () => void {
    const timer = { at: this.time + ms, run }
    this.timers.push(timer)
    return () => {
      this.timers = this.timers.filter((t) => t !== timer)
    }
  }

  /** Moves time forward by `ms`, firing due timers in order, each at its own time. */
  advance(ms: number): void {
    const end = this.time + ms
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0]
      if (!due) break
      this.timers = this.timers.filter((t) => t !== due)
      this.time = due.at
      due.run()
    }
    this.time = end
  }

  /** Sets the time, forward or back, without firing anything: to take snapshots at chosen instants. */
  set(instant: string | Date): void {
    this.time = new Date(instant).getTime()
  }

  pendingTimers(): number {
    return this.timers.length
  }
}
