import { createHash } from 'node:crypto'
import { createWriteStream, promises as fs } from 'node:fs'
import path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { BlobCache } from '../core/cache.js'
import { InputError } from '../core/errors.js'
import { hashFile } from '../core/files.js'
import { progressFor } from './progress.js'

export interface RemoteOptions {
  /** The local folder every remote file is kept in, named by its sha256. */
  cacheDir: string
  /** A second cache to try before downloading, such as the GitHub Actions cache. */
  cache?: BlobCache
  /** Attempts before giving up (default 3). */
  attempts?: number
  /** First pause between attempts in ms, doubled each time (default 500). */
  backoffMs?: number
}

/**
 * A local copy of a remote file whose bytes have the pinned sha256: from the local folder, from
 * the shared cache, or downloaded (streaming, with retries). A file with other bytes is never used.
 */
export async function fetchPinned(url: string, sha256: string, options: RemoteOptions): Promise<string> {
  const local = path.join(options.cacheDir, `${sha256}${extensionOf(url)}`)
  if (await hasPinnedBytes(local, sha256)) return local
  const key = `repro-audit-snapshot-${sha256}`
  if (options.cache) {
    const restored = await options.cache.restore(key, local).catch(() => false)
    if (restored && (await hasPinnedBytes(local, sha256))) return local
  }
  await download(url, sha256, local, options)
  await options.cache?.save(key, local).catch(() => undefined)
  return local
}

async function hasPinnedBytes(file: string, sha256: string): Promise<boolean> {
  try {
    if ((await hashFile(file)).sha256 === sha256) return true
  } catch {
    return false
  }
  await fs.rm(file, { force: true })
  return false
}

function extensionOf(url: string): string {
  const ext = path.posix.extname(new URL(url).pathname).toLowerCase()
  return /^\.[a-z0-9]{1,10}$/.test(ext) ? ext : ''
}

class PermanentError extends Error {}

async function download(url: string, sha256: string, dest: string, options: RemoteOptions): Promise<void> {
  const attempts = options.attempts ?? 3
  let pause = options.backoffMs ?? 500
  let last = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await downloadOnce(url, sha256, dest)
      return
    } catch (error) {
      if (error instanceof InputError) throw error
      last = error instanceof PermanentError ? error.message : reason(error)
      if (error instanceof PermanentError) break
      if (attempt < attempts) {
        await new Promise(resolve => setTimeout(resolve, pause))
        pause *= 2
      }
    }
  }
  throw new InputError(`cannot download the snapshot: ${last}`, { file: url })
}

function reason(error: unknown): string {
  const e = error as Error & { cause?: { code?: string; message?: string } }
  const cause = e.cause?.code ?? e.cause?.message
  return `${e.message}${cause ? ` (${cause})` : ''}, after retries`
}

async function downloadOnce(url: string, sha256: string, dest: string): Promise<void> {
  const response = await fetch(url, { redirect: 'follow' })
  if (!response.ok || !response.body) {
    const message = `HTTP ${response.status} ${response.statusText}`.trim()
    // 4xx other than 408/429 will not get better by asking again.
    if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429)
      throw new PermanentError(message)
    throw new Error(message)
  }
  const total = Number(response.headers.get('content-length') ?? 0)
  const progress = progressFor(`downloading ${url}`, total)
  await fs.mkdir(path.dirname(dest), { recursive: true })
  const tmp = `${dest}.tmp-${process.pid}-${Date.now()}`
  const hash = createHash('sha256')
  let bytes = 0
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      bytes += chunk.length
      progress?.(bytes)
      done(null, chunk)
    }
  })
  try {
    await pipeline(
      Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
      tap,
      createWriteStream(tmp)
    )
    const got = hash.digest('hex')
    if (got !== sha256) {
      throw new InputError(
        `the downloaded file has sha256 ${got}, not the pinned ${sha256}; it was not used`,
        { file: url }
      )
    }
    await fs.rename(tmp, dest)
  } finally {
    await fs.rm(tmp, { force: true })
  }
}
