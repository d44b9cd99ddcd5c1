import { describe, expect, it } from 'vitest'
import { SerialQueue } from '../../../../electron/core/vault/serial-queue'

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('SerialQueue', () => {
  it('runs operations one at a time, in the order they were queued', async () => {
    const queue = new SerialQueue()
    const log: string[] = []
    const op = (name: string, ms: number) => async () => {
      log.push(`start ${name}`)
      await tick(ms)
      log.push(`end ${name}`)
      return name
    }
    const results = await Promise.all([queue.run(op('a', 20)), queue.run(op('b', 1)), queue.run(op('c', 5))])
    expect(results).toEqual(['a', 'b', 'c'])
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
  })

  it('keeps going after an operation fails, and hands the failure to its caller only', async () => {
    const queue = new SerialQueue()
    const failed = queue.run(async () => {
      await tick(1)
      throw new Error('first failed')
    })
    const next = queue.run(() => 'second ran')
    await expect(failed).rejects.toThrow('first failed')
    await expect(next).resolves.toBe('second ran')
  })

  it('turns a synchronous throw into a rejection', async () => {
    const queue = new SerialQueue()
    await expect(
      queue.run(() => {
        throw new Error('sync')
      }),
    ).rejects.toThrow('sync')
    await expect(queue.run(() => 42)).resolves.toBe(42)
  })
})
