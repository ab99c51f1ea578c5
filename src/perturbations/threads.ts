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
    const env: Record<string, string> = {
      ...Object.fromEntries(THREAD_VARIABLES.map(v => [v, count])),
      // Idle threads sleep instead of spinning (OpenMP, and OpenBLAS's own pool): the same
      // arithmetic, without burning the CPU a shared runner has.
      OMP_WAIT_POLICY: 'PASSIVE',
      OPENBLAS_THREAD_TIMEOUT: '4'
    }
    return { change: { varied: `${THREAD_VARIABLES.join(', ')}=${count}`, env } }
  }
})
