import { definePerturbation } from './perturbation.js'

export const workdir = definePerturbation({
  name: 'workdir',
  what: 'working folder path',
  cause:
    "changes with the working folder's path: the code depends on absolute paths (seeds, hashes or ordering derived from them)",
  reachesBuiltin: true,
  plan: async () => ({
    change: { varied: 'run from a view of the repository at another path', elsewhere: true }
  })
})
