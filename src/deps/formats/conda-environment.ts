// A conda environment file (environment.yml): conda packages and a nested pip list.
import { parseCondaEnvironment } from '../conda.js'
import type { DependencyFormat } from './format.js'

export const condaEnvironment: DependencyFormat<'conda-environment'> = {
  name: 'conda-environment',
  ecosystem: 'conda',
  isLock: false,
  matches: base => /\.ya?ml$/.test(base),
  discover: /^environment\.ya?ml$/,
  example: 'environment.yml',
  parse: parseCondaEnvironment
}
