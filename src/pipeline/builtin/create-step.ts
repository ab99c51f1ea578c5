import { InputError } from '../../core/errors.js'
import type { StepSpec } from '../../config/types.js'
import { MapLabels, OrdinalTarget, RareLabels } from './encode.js'
import { Binarize, Clip, Derive, Transform, type TransformMethod } from './numeric.js'
import { SelectL1 } from './select.js'
import { Columns, Impute, OneHot, Scale, type ImputeStrategy, type Selector, type Step } from './steps.js'

/** Build a step from its config entry, `{ kind: options }`. */
export function createStep(spec: StepSpec): Step {
  const [kind, options = {}] = Object.entries(spec)[0] as [string, Record<string, unknown>]
  const columns = (fallback: Selector): Selector => (options.columns as Selector | undefined) ?? fallback
  switch (kind) {
    case 'impute': {
      const strategy = options.strategy as ImputeStrategy
      const fallback: Selector =
        strategy === 'mean' || strategy === 'median'
          ? 'numeric'
          : strategy === 'missing_label'
            ? 'categorical'
            : 'all'
      return new Impute(
        strategy,
        columns(fallback),
        options.value as number | string | undefined,
        (options.label as string) ?? 'Missing',
        options.indicator === true,
        options.missing_value as number | string | undefined
      )
    }
    case 'rare_labels':
      return new RareLabels(
        columns('categorical'),
        (options.tolerance as number | undefined) ?? 0.01,
        (options.label as string | undefined) ?? 'Rare'
      )
    case 'one_hot':
      return new OneHot(columns('categorical'), options.drop_first === true)
    case 'ordinal_target':
      return new OrdinalTarget(columns('categorical'), (options.unknown as number | undefined) ?? -1)
    case 'map':
      return new MapLabels(
        options.columns as string[],
        options.mapping as Record<string, number>,
        options.other as number | undefined
      )
    case 'transform':
      return new Transform(
        options.method as TransformMethod,
        columns('numeric'),
        options.standardize === true
      )
    case 'binarize':
      return new Binarize(columns('numeric'), (options.threshold as number | undefined) ?? 0)
    case 'clip':
      return new Clip(
        columns('numeric'),
        (options.min as number | undefined) ?? -Infinity,
        (options.max as number | undefined) ?? Infinity
      )
    case 'derive':
      return new Derive(
        options.name as string,
        options.op as 'difference' | 'ratio',
        options.left as string,
        options.right as string,
        (options.drop as string[] | undefined) ?? []
      )
    case 'scale':
      return new Scale(options.method as 'standard' | 'minmax' | 'robust', columns('numeric'))
    case 'select_l1':
      return new SelectL1(
        (options.alpha as number | undefined) ?? 0.001,
        (options.threshold as number | undefined) ?? 1e-5,
        (options.max_iter as number | undefined) ?? 1000,
        (options.tol as number | undefined) ?? 1e-4
      )
    case 'drop':
    case 'keep':
      return new Columns(kind, options.columns as string[])
    default:
      throw new InputError(`unknown pipeline step "${kind}"`)
  }
}
