// Pipenv's Pipfile.
import { parsePipfile } from '../python.js'
import { endsWithName, type DependencyFormat } from './format.js'

export const pipfile: DependencyFormat<'Pipfile'> = {
  name: 'Pipfile',
  ecosystem: 'python',
  isLock: false,
  matches: base => endsWithName(base, 'Pipfile'),
  discover: /^pipfile$/,
  example: 'Pipfile',
  parse: parsePipfile
}
