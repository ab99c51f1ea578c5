// uv's uv.lock.
import { parseUvLock } from '../python.js'
import { endsWithName, type DependencyFormat } from './format.js'

export const uvLock: DependencyFormat<'uv.lock'> = {
  name: 'uv.lock',
  ecosystem: 'python',
  isLock: true,
  locks: ['pyproject.toml'],
  matches: base => endsWithName(base, 'uv.lock'),
  discover: /^uv\.lock$/,
  example: 'uv.lock',
  parse: parseUvLock
}
