// The cleanup of interrupted writes (src/core/fileset.ts) against the two ways it could go wrong:
// a temporary name kept forever because its pid now belongs to another process, and a concurrent
// writer's freshly sealed set removed before its manifest names it. Real folders, and a real
// process standing for the other writer.
import { spawn, type ChildProcess } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MAX_WRITE_MS, removeStale, staleTemp } from '../src/core/fileset.js'

let other: ChildProcess
let otherStarted: number
let dir: string

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-audit-fileset-'))
  // Another process, alive for the test: the pid a name may carry.
  other = spawn('sleep', ['60'], { stdio: 'ignore' })
  await new Promise(resolve => other.once('spawn', resolve))
  otherStarted = Date.now()
})

afterEach(async () => {
  other.kill('SIGKILL')
  await fs.rm(dir, { recursive: true, force: true })
})

const gone = (): Promise<unknown> =>
  new Promise(resolve => {
    other.once('exit', resolve)
    other.kill('SIGKILL')
  })

describe('stale temporary names', () => {
  it('a live process that started before the name was made is its writer: kept', () => {
    expect(staleTemp(`.tmp-${other.pid}-${otherStarted + 10}`)).toBe(false)
  })

  it('a pid reused by a process started after the name was made: stale, not kept while it lives', () => {
    // The name was made a minute before this pid's process started: its writer is long gone.
    expect(staleTemp(`repro.lock.tmp-${other.pid}-${otherStarted - 60_000}`)).toBe(true)
  })

  it('a name older than a day is stale whatever its pid', () => {
    const name = `.tmp-${other.pid}-${otherStarted + 10}`
    expect(staleTemp(name, otherStarted + 10 + MAX_WRITE_MS + 1)).toBe(true)
  })
})

describe('a second writer’s cleanup and a concurrent writer’s sealed set', () => {
  it('while another writer’s marker is live, its sealed set (named by no manifest yet) is kept', async () => {
    const set = path.join(dir, '0123456789abcdef')
    await fs.mkdir(set)
    await fs.writeFile(path.join(set, 'predictions.csv'), 'Id,p\n1,2\n')
    const marker = path.join(dir, `.writer.tmp-${other.pid}-${otherStarted + 10}`)
    await fs.writeFile(marker, '')
    // The manifest as the second writer reads it: it names another set.
    let reads = 0
    const current = async (): Promise<{ keep: Set<string> }> => {
      reads++
      return { keep: new Set(['fedcba9876543210']) }
    }
    await removeStale(dir, current)
    expect((await fs.readdir(dir)).sort()).toEqual([path.basename(marker), '0123456789abcdef'].sort())
    expect(reads).toBe(0)

    // The other writer was killed before its manifest named the set: now both go.
    await gone()
    await removeStale(dir, current)
    expect(await fs.readdir(dir)).toEqual([])
    expect(reads).toBe(1)
  })
})
