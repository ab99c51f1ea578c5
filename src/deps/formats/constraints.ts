// A pip constraints file, reached only through `-c` in a requirements file: same syntax, but it
// only narrows versions, so what it names need not be installed.
import { parseRequirements } from '../requirements.js'
import type { DependencyFormat } from './format.js'

export const constraints: DependencyFormat<'constraints'> = {
  name: 'constraints',
  ecosystem: 'python',
  isLock: false,
  matches: () => false,
  example: 'constraints.txt',
  parse: text => parseRequirements(text),
  constrainsOnly: true
}
