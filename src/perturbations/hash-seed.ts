import { definePerturbation } from './perturbation.js'

export const hashSeed = definePerturbation({
  name: 'hash_seed',
  what: 'Python hash seed',
  cause: 'changes with PYTHONHASHSEED: the code depends on set or dict iteration order',
  reachesBuiltin: false,
  plan: async () => ({ change: { varied: 'PYTHONHASHSEED=1', env: { PYTHONHASHSEED: '1' } } })
})
