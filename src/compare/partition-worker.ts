// A worker thread that partitions one file (partition.ts) while the main thread partitions the
// other: the two files are read, hashed and spilled in parallel. Built as its own entry
// (dist/partition-worker.js, build/src/compare/partition-worker.js) beside the code that starts it.
import { parentPort, workerData } from 'node:worker_threads'
import { InputError } from '../core/errors.js'
import { partitionFile, type CsvHeader } from './partition.js'

export interface PartitionJob {
  file: string
  header: CsvHeader
  idIndex: number
  partitions: number
  spillDir: string
  tag: string
}

export type PartitionReply =
  | { ok: true; counts: number[]; rows: number }
  | { ok: false; message: string; input: boolean; file?: string; line?: number; column?: number }

const job = workerData as PartitionJob
let reply: PartitionReply
try {
  const parts = partitionFile(job.file, job.header, job.idIndex, job.partitions, job.spillDir, job.tag)
  reply = { ok: true, counts: parts.counts, rows: parts.rows }
} catch (error) {
  const e = error as InputError
  reply = {
    ok: false,
    message: e.message,
    input: error instanceof InputError,
    file: e.file,
    line: e.line,
    column: e.column
  }
}
parentPort?.postMessage(reply)
