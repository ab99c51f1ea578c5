import os from 'node:os'

/** How many runs go at once: `auto` is one per core (each run is pinned to one thread). */
export function concurrency(setting: number | 'auto', runs: number): number {
  const wanted = setting === 'auto' ? os.availableParallelism() : setting
  return Math.max(1, Math.min(wanted, runs))
}

/** Run `tasks` with at most `limit` at a time; results keep the tasks' order. */
export async function runPool<T>(
  tasks: (() => Promise<T>)[],
  limit: number
): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(tasks.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++
      try {
        results[i] = { status: 'fulfilled', value: await tasks[i]() }
      } catch (reason) {
        results[i] = { status: 'rejected', reason }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker))
  return results
}
