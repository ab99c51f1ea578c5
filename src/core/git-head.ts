import { promises as fs } from 'node:fs'
import path from 'node:path'
import { inflateSync } from 'node:zlib'

// The checked-out commit's time, read from the repository's own files: every audit wants it (a
// run's SOURCE_DATE_EPOCH), and asking git costs a process. Only the common layout is followed: a
// loose commit, or one stored whole in a pack. Anything else (a deltified or borrowed object, a
// reftable, GIT_DIR set) is `null`, and the caller asks git.

/** Committer time (Unix seconds) of HEAD at `dir`; undefined outside a repository or before the first commit. */
export async function headCommitTime(dir: string): Promise<number | undefined | null> {
  if (process.env.GIT_DIR || process.env.GIT_OBJECT_DIRECTORY) return null
  const gitDir = await findGitDir(path.resolve(dir))
  if (!gitDir) return undefined
  const common = await readText(path.join(gitDir, 'commondir')).then(
    text => path.resolve(gitDir, text.trim()),
    () => gitDir
  )
  if (await exists(path.join(common, 'reftable'))) return null
  const id = await resolveHead(gitDir, common)
  if (id === null || id === undefined) return id
  const object = (await looseObject(common, id)) ?? (await packedObject(common, id))
  if (!object) return null
  return committerTime(object)
}

async function findGitDir(start: string): Promise<string | undefined> {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, '.git')
    const stat = await fs.stat(dotGit).catch(() => undefined)
    if (stat?.isDirectory()) return dotGit
    if (stat?.isFile()) {
      // A worktree or submodule: `.git` is a file naming the real folder.
      const match = /^gitdir: (.+)$/m.exec(await readText(dotGit))
      return match ? path.resolve(dir, match[1].trim()) : undefined
    }
    if (path.dirname(dir) === dir) return undefined
  }
}

/** The commit id HEAD names; undefined for a branch with no commit yet, null when not found here. */
async function resolveHead(gitDir: string, common: string): Promise<string | undefined | null> {
  let head = (await readText(path.join(gitDir, 'HEAD'))).trim()
  for (let hops = 0; head.startsWith('ref: ') && hops < 5; hops++) {
    const ref = head.slice(5).trim()
    // Refs of this worktree only (HEAD-like, refs/worktree, refs/bisect) live beside HEAD.
    const own = !ref.startsWith('refs/') || /^refs\/(worktree|bisect|rewritten)\//.test(ref)
    const loose = await readText(path.join(own ? gitDir : common, ref)).catch(() => undefined)
    head = loose?.trim() ?? (await packedRef(common, ref)) ?? ''
    if (!head) return undefined
  }
  return /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(head) ? head : null
}

async function packedRef(common: string, ref: string): Promise<string | undefined> {
  const text = await readText(path.join(common, 'packed-refs')).catch(() => '')
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ')
    if (space > 0 && line.slice(space + 1).trimEnd() === ref && !line.startsWith('#'))
      return line.slice(0, space)
  }
  return undefined
}

async function looseObject(common: string, id: string): Promise<Buffer | undefined> {
  const file = path.join(common, 'objects', id.slice(0, 2), id.slice(2))
  const bytes = await fs.readFile(file).catch(() => undefined)
  if (!bytes) return undefined
  const data = inflateSync(bytes)
  const nul = data.indexOf(0)
  if (nul < 0 || data.subarray(0, 7).toString('latin1') !== 'commit ') return undefined
  return data.subarray(nul + 1)
}

/** A commit stored whole in one of the packs (version 2 index); undefined if none holds it so. */
async function packedObject(common: string, id: string): Promise<Buffer | undefined> {
  const folder = path.join(common, 'objects', 'pack')
  const names = await fs.readdir(folder).catch(() => [] as string[])
  const want = Buffer.from(id, 'hex')
  for (const name of names.filter(n => n.endsWith('.idx')).sort()) {
    const index = await fs.readFile(path.join(folder, name))
    const offset = offsetInIndex(index, want)
    if (offset === undefined) continue
    return readPackEntry(path.join(folder, name.replace(/\.idx$/, '.pack')), offset)
  }
  return undefined
}

function offsetInIndex(index: Buffer, want: Buffer): number | undefined {
  if (index.length < 8 + 1024 || index.readUInt32BE(0) !== 0xff744f63 || index.readUInt32BE(4) !== 2)
    return undefined
  const size = want.length
  const count = index.readUInt32BE(8 + 255 * 4)
  let lo = want[0] === 0 ? 0 : index.readUInt32BE(8 + (want[0] - 1) * 4)
  let hi = index.readUInt32BE(8 + want[0] * 4)
  const ids = 8 + 1024
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const order = index.compare(want, 0, size, ids + mid * size, ids + (mid + 1) * size)
    if (order === 0) {
      const offsets = ids + count * size + count * 4
      const small = index.readUInt32BE(offsets + mid * 4)
      if (!(small & 0x80000000)) return small
      const large = offsets + count * 4 + (small & 0x7fffffff) * 8
      return Number(index.readBigUInt64BE(large))
    }
    if (order < 0) hi = mid
    else lo = mid + 1
  }
  return undefined
}

async function readPackEntry(pack: string, offset: number): Promise<Buffer | undefined> {
  const handle = await fs.open(pack, 'r')
  try {
    // A commit is small: its header and compressed text fit in the first 64 KiB, or it is not
    // read here (git is asked).
    const buffer = Buffer.alloc(1 << 16)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset)
    let at = 0
    let byte = buffer[at++]
    const type = (byte >> 4) & 7
    while (byte & 0x80 && at < bytesRead) byte = buffer[at++]
    if (type !== 1) return undefined // 6 and 7 are deltas
    return inflateSync(buffer.subarray(at, bytesRead), { finishFlush: 2 /* Z_SYNC_FLUSH */ })
  } catch {
    return undefined
  } finally {
    await handle.close()
  }
}

function committerTime(commit: Buffer): number | null {
  const end = commit.indexOf('\n\n')
  const headers = commit.subarray(0, end < 0 ? commit.length : end).toString('utf8')
  const line = headers.split('\n').find(l => l.startsWith('committer '))
  const match = line ? / (\d+) [+-]\d{4}$/.exec(line) : null
  return match ? Number(match[1]) : null
}

function readText(file: string): Promise<string> {
  return fs.readFile(file, 'utf8')
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false
  )
}
