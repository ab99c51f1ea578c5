// conda-lock's conda-lock.yml (one entry per package and platform).
import { parseCondaLock } from '../conda.js'
import type { DependencyFormat } from './format.js'

export const condaLock: DependencyFormat<'conda-lock.yml'> = {
  name: 'conda-lock.yml',
  ecosystem: 'conda',
  isLock: true,
  locks: ['conda-environment'],
  matches: base => /conda-lock\.ya?ml$/.test(base),
  discover: /^conda-lock\.ya?ml$/,
  example: 'conda-lock.yml',
  parse: parseCondaLock
}
