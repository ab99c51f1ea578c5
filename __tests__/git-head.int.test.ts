// The commit time every run gets as SOURCE_DATE_EPOCH, read from the repository's files: checked
// against a real git on loose and packed commits, packed refs, a worktree and a detached HEAD.
import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { headCommitTime } from '../src/core/git-head.js'
import { deterministicSettings } from '../src/determinism/settings.js'

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com'
}

function git(cwd: string, args: string[], date?: string): string {
  const env = date ? { ...GIT_ENV, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : GIT_ENV
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim()
}

/** What git itself says: the reference every answer is held to. */
function gitTime(cwd: string): number {
  return Number(git(cwd, ['log', '-1', '--format=%ct']))
}

async function repository(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-git-'))
  git(dir, ['init', '-q', '-b', 'main'])
  await fs.mkdir(path.join(dir, 'sub'))
  await fs.writeFile(path.join(dir, 'sub', 'a.txt'), 'one\n')
  git(dir, ['add', '.'])
  git(dir, ['commit', '-q', '-m', 'first'], '1700000000 +0000')
  await fs.writeFile(path.join(dir, 'sub', 'a.txt'), 'two\n')
  git(
    dir,
    ['commit', '-q', '-am', 'second\n\ncommitter 1 +0000 in the message, not a header'],
    '1700003600 +0530'
  )
  return dir
}

describe('the checked-out commit time, from the repository files', () => {
  let dir: string
  beforeEach(async () => {
    dir = await repository()
  })
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('a loose commit on a branch, from a subfolder', async () => {
    expect(await headCommitTime(path.join(dir, 'sub'))).toBe(gitTime(dir))
    expect(gitTime(dir)).toBe(1700003600)
  })

  it('a packed commit behind a packed ref, and a detached HEAD', async () => {
    git(dir, ['gc', '-q', '--aggressive', '--prune=now'])
    git(dir, ['pack-refs', '--all'])
    await expect(fs.readdir(path.join(dir, '.git', 'objects', 'pack'))).resolves.toContainEqual(
      expect.stringMatching(/\.pack$/)
    )
    await expect(fs.access(path.join(dir, '.git', 'refs', 'heads', 'main'))).rejects.toThrow()
    expect(await headCommitTime(dir)).toBe(gitTime(dir))
    git(dir, ['checkout', '-q', '--detach', 'HEAD~1'])
    expect(await headCommitTime(dir)).toBe(1700000000)
    expect(gitTime(dir)).toBe(1700000000)
  })

  it('a worktree: its own HEAD, the shared objects', async () => {
    const tree = `${dir}-tree`
    git(dir, ['worktree', 'add', '-q', '--detach', tree, 'HEAD~1'])
    try {
      expect(await headCommitTime(tree)).toBe(gitTime(tree))
      expect(await headCommitTime(tree)).toBe(1700000000)
    } finally {
      await fs.rm(tree, { recursive: true, force: true })
    }
  })

  it('no commit yet, or no repository: no time; an object it cannot read: ask git (null)', async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-git-'))
    try {
      expect(await headCommitTime(empty)).toBeUndefined() // the temporary folder is in no repository
      git(empty, ['init', '-q', '-b', 'main'])
      expect(await headCommitTime(empty)).toBeUndefined()
      expect((await deterministicSettings(empty)).SOURCE_DATE_EPOCH).toBeUndefined()
    } finally {
      await fs.rm(empty, { recursive: true, force: true })
    }
    const id = git(dir, ['rev-parse', 'HEAD'])
    await fs.rm(path.join(dir, '.git', 'objects', id.slice(0, 2), id.slice(2)))
    expect(await headCommitTime(dir)).toBeNull()
  })

  it('the run settings carry it as SOURCE_DATE_EPOCH', async () => {
    expect((await deterministicSettings(dir)).SOURCE_DATE_EPOCH).toBe('1700003600')
  })
})
