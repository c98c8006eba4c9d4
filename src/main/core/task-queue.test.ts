import { describe, expect, it } from 'vitest'
import { TaskQueue } from './task-queue'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('TaskQueue', () => {
  it('runs each task only once the one before it has settled, in call order', async () => {
    const queue = new TaskQueue()
    const log: string[] = []
    const task = (name: string) => async () => {
      log.push(`start ${name}`)
      await tick()
      log.push(`end ${name}`)
      return name
    }
    const results = await Promise.all([queue.run(task('a')), queue.run(task('b')), queue.run(task('c'))])
    expect(results).toEqual(['a', 'b', 'c'])
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
  })

  it('rejects a failed task alone and runs the tasks after it', async () => {
    const queue = new TaskQueue()
    const failed = queue.run(async () => {
      throw new Error('disk full')
    })
    const after = queue.run(async () => 'ran')
    await expect(failed).rejects.toThrow('disk full')
    await expect(after).resolves.toBe('ran')
  })

  it('is idle once every task given so far has settled, failed ones included', async () => {
    const queue = new TaskQueue()
    let done = false
    void queue.run(async () => {
      await tick()
      throw new Error('no')
    }).catch(() => undefined)
    void queue.run(async () => {
      await tick()
      done = true
    })
    await queue.idle()
    expect(done).toBe(true)
  })
})
