import { createHash } from 'node:crypto'
import { lstatSync, promises as fs, readlinkSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { displayPath, InputError } from './errors.js'

/**
 * Replace `file` all at once: write a temporary file beside it, flush it, then rename it over the
 * old one. A failed or interrupted write leaves the previous file intact.
 */
export async function writeFileAtomic(file: string, content: string | Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`
  try {
    const handle = await fs.open(tmp, 'w')
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(tmp, file)
  } catch (error) {
    await fs.rm(tmp, { force: true })
    throw error
  }
}

/** Copy `from` to `to` through a temporary file and a rename. */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  await fs.mkdir(path.dirname(to), { recursive: true })
  const tmp = `${to}.tmp-${process.pid}-${Date.now()}`
  try {
    await fs.copyFile(from, tmp)
    await fs.rename(tmp, to)
  } catch (error) {
    await fs.rm(tmp, { force: true })
    throw error
  }
}

/** sha256 of a file, streamed, with its size. */
export async function hashFile(
  file: string,
  progress?: (bytes: number) => void
): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  // One reused buffer (4 MiB, or the file's size when smaller) instead of a stream's fresh chunk
  // per read: verifying unchanged data is mostly this loop, and the garbage collector then has
  // nothing to do.
  const handle = await fs.open(file, 'r')
  try {
    const buffer = Buffer.allocUnsafe(Math.min(1 << 22, (await handle.stat()).size + 1))
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      hash.update(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead))
      size += bytesRead
      progress?.(size)
    }
  } finally {
    await handle.close()
  }
  return { sha256: hash.digest('hex'), size }
}

/** Stat a path that must be a regular file, with clear errors for the usual mistakes. */
export async function requireFile(file: string, what = 'file'): Promise<void> {
  let stat
  try {
    stat = await fs.stat(file)
  } catch {
    throw new InputError(`${what} not found`, { file })
  }
  if (stat.isDirectory()) throw new InputError(`expected a ${what}, found a folder`, { file })
  if (!stat.isFile()) throw new InputError(`expected a ${what}, found something else`, { file })
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file)
    return true
  } catch {
    return false
  }
}

/** Forward-slash path of `file` relative to `base`, for files that are committed and compared. */
export function relativePosix(base: string, file: string): string {
  return path.relative(base, file).split(path.sep).join('/')
}

/** True when `file` lies inside `root` (after resolving both). */
export function isInside(root: string, file: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(file))
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/**
 * The first path from `root` down to `target` that is a link leading outside `root` (a dangling
 * link counts by where it points), or undefined. Parts that do not exist yet end the walk: they
 * will be created as plain folders and files.
 */
export function linkOutside(root: string, target: string): string | undefined {
  let realRoot: string
  try {
    realRoot = realpathSync(root)
  } catch {
    return undefined // nothing under a root that does not exist yet can be a link
  }
  const parts = path.relative(root, target).split(path.sep).filter(Boolean)
  let at = root
  for (const part of parts) {
    at = path.join(at, part)
    let stat
    try {
      stat = lstatSync(at)
    } catch {
      return undefined
    }
    if (!stat.isSymbolicLink()) continue
    let real: string
    try {
      real = realpathSync(at)
    } catch {
      real = path.resolve(path.dirname(at), readlinkSync(at))
    }
    if (!isInside(realRoot, real) && !isInside(root, real)) return at
  }
  return undefined
}

/** Where a path read from a file came from, for the refusal: the file, the field, the line. */
export interface PathSource {
  file: string
  field: string
  line?: number
}

/**
 * A path read from a file the audit does not trust to be as written (the lock, the baseline
 * manifest, a result file): relative to `base`, free of NUL bytes, and inside `root` also after
 * following links. Anything else is an InputError naming the file and the field.
 */
export function confinedPath(value: unknown, base: string, root: string, source: PathSource): string {
  const refuse = (why: string): InputError =>
    new InputError(`${source.field}: ${JSON.stringify(value)} ${why}; refused`, {
      file: source.file,
      line: source.line
    })
  if (typeof value !== 'string' || value === '') throw refuse('is not a path')
  if (value.includes('\0')) throw refuse('holds a NUL byte')
  const abs = path.resolve(base, value)
  if (path.isAbsolute(value) || !isInside(root, abs)) throw refuse('points outside the repository')
  const link = linkOutside(root, abs)
  if (link) throw refuse(`leads outside the repository through the link ${displayPath(link)}`)
  return abs
}

/**
 * Refuse to write into `dir` when a link on the way leads outside `root` (checked again right
 * before writing: pipeline code runs in between and may have made one).
 */
export function requireWritableInside(root: string, dir: string, what: string): void {
  if (!isInside(root, dir))
    throw new InputError(`${what} ${displayPath(dir)} is outside the repository; refusing to write there`, {
      file: dir
    })
  const link = linkOutside(root, dir)
  if (link)
    throw new InputError(`${what} leads outside the repository through this link; refusing to write there`, {
      file: link
    })
}
