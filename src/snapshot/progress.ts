import { formatBytes } from '../core/format.js'
import { logLine } from '../core/text.js'

/** Files at least this big get progress output. */
export const PROGRESS_THRESHOLD = 100 * 1024 * 1024

export interface ProgressStream {
  isTTY?: boolean
  write(text: string): unknown
}

/**
 * Progress for reading one large file: a bar redrawn in place on a terminal, or a few plain lines
 * (every 25 %) in CI logs. Small files get nothing.
 */
export function progressFor(
  label: string,
  total: number,
  stream: ProgressStream = process.stderr
): ((bytes: number) => void) | undefined {
  if (total < PROGRESS_THRESHOLD) return undefined
  // The label names a data file, whose name may hold anything.
  label = logLine(label)
  let shown = -1
  return (bytes: number) => {
    const percent = Math.min(100, Math.floor((bytes / total) * 100))
    if (stream.isTTY) {
      if (percent === shown) return
      shown = percent
      const width = 30
      const filled = Math.round((percent / 100) * width)
      const bar = '#'.repeat(filled) + '-'.repeat(width - filled)
      stream.write(
        `\r${label} [${bar}] ${String(percent).padStart(3)}% ${formatBytes(bytes)} / ${formatBytes(total)}${percent === 100 ? '\n' : ''}`
      )
    } else {
      const step = Math.floor(percent / 25) * 25
      if (step <= shown) return
      shown = step
      stream.write(`${label}: ${step}% (${formatBytes(bytes)} of ${formatBytes(total)})\n`)
    }
  }
}
