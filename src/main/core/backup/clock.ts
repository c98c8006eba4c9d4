/**
 * Time as the backups see it: the current instant and a one-shot timer.
 * Injected so that tests can move through days and weeks without waiting.
 */
export interface Clock {
  now(): Date
  /** Calls `run` once after `ms`; returns the function that cancels it. */
  setTimer(ms: number, run: () => void): () => void
}

/** The real time and real timers. */
export const systemClock: Clock = {
  now: () => new Date(),
  setTimer: (ms, run) => {
    const timer = setTimeout(run, ms)
    // A pending backup must never keep a closing process alive: closing takes its own.
    timer.unref()
    return () => clearTimeout(timer)
  },
}
