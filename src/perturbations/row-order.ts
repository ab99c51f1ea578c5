import { definePerturbation } from './perturbation.js'

/** Seed of the row shuffle: fixed, so a row-order failure reproduces on every machine. */
export const ROW_ORDER_SEED = 'repro-audit:row_order'

export const rowOrder = definePerturbation({
  name: 'row_order',
  what: 'row order',
  cause:
    'changes when the input rows are reordered: the code depends on the order rows arrive in (an unsorted split, sample or first-n selection)',
  reachesBuiltin: true,
  plan: async () => ({
    change: { varied: `snapshot rows shuffled (seed "${ROW_ORDER_SEED}")`, shuffleSeed: ROW_ORDER_SEED }
  })
})
