import os from 'node:os'
import { definePerturbation } from './perturbation.js'

/** Variables that pin the thread pools of the usual numeric libraries. */
export const THREAD_VARIABLES = ['OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'OPENBLAS_NUM_THREADS'] as const

export const threads = definePerturbation({
  name: 'threads',
  what: 'thread count',
  cause: 'changes with the thread count: parallel reductions or scheduling change the arithmetic',
  reachesBuiltin: false,
  plan: async () => {
    const count = String(Math.max(2, os.availableParallelism()))
    const env = Object.fromEntries(THREAD_VARIABLES.map(v => [v, count]))
    return { change: { varied: `${THREAD_VARIABLES.join(', ')}=${count}`, env } }
  }
})
