// Poetry's poetry.lock.
import { parsePoetryLock } from '../python.js'
import { endsWithName, type DependencyFormat } from './format.js'

export const poetryLock: DependencyFormat<'poetry.lock'> = {
  name: 'poetry.lock',
  ecosystem: 'python',
  isLock: true,
  locks: ['pyproject.toml'],
  matches: base => endsWithName(base, 'poetry.lock'),
  discover: /^poetry\.lock$/,
  example: 'poetry.lock',
  parse: parsePoetryLock
}
