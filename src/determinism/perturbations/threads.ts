import os from 'node:os'
import { THREAD_VARIABLES } from '../settings.js'
import { definePerturbation } from './perturbation.js'

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
