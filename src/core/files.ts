import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { InputError } from './errors.js'

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
  // One reused 4 MiB buffer instead of a stream's fresh chunk per read: verifying unchanged data
  // is mostly this loop, and the garbage collector then has nothing to do.
  const handle = await fs.open(file, 'r')
  try {
    const buffer = Buffer.allocUnsafe(1 << 22)
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
