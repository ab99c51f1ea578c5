// Pipenv's Pipfile.lock.
import { parsePipfileLock } from '../python.js'
import { endsWithName, type DependencyFormat } from './format.js'

export const pipfileLock: DependencyFormat<'Pipfile.lock'> = {
  name: 'Pipfile.lock',
  ecosystem: 'python',
  isLock: true,
  locks: ['Pipfile'],
  matches: base => endsWithName(base, 'Pipfile.lock'),
  discover: /^pipfile\.lock$/,
  example: 'Pipfile.lock',
  parse: parsePipfileLock
}
