// pip requirements files (`*.txt`, `*.in`, `pip freeze` output): the format of any file name no
// other format claims, except structured ones (.json, .toml, .lock) that must be named exactly.
import { parseRequirements } from '../requirements.js'
import type { DependencyFormat } from './format.js'

export const requirements: DependencyFormat<'requirements'> = {
  name: 'requirements',
  ecosystem: 'python',
  isLock: false,
  matches: base => !/\.(json|toml|lock)$/.test(base),
  discover: /^requirements[\w.-]*\.(txt|in)$/,
  example: 'requirements.txt',
  parse: text => parseRequirements(text)
}
