/**
 * Runs tasks one after another, in the order they were given. A task that
 * fails rejects its own promise only: the tasks after it still run.
 */
export class TaskQueue {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task)
    this.tail = next.catch(() => undefined)
    return next
  }

  /** Settles once every task given so far has settled. */
  async idle(): Promise<void> {
    await this.tail
  }
}
