// The JSON Schema of report.json (the AuditResult of model.ts). schema/report.schema.json is
// generated from this object (`npm run schema`); a test keeps the two identical and validates real
// reports against it. The comparison part is closed (additionalProperties: false); the other
// sections require what the contract promises and allow more, so they can grow.

const status = { type: 'string', enum: ['pass', 'warn', 'fail', 'error'] } as const
const sectionStatus = { type: 'string', enum: ['pass', 'warn', 'fail', 'error', 'skipped'] } as const
const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const
// Canonical JSON writes NaN and infinities as strings.
const number = {
  oneOf: [{ type: 'number' }, { type: 'string', enum: ['NaN', 'Infinity', '-Infinity'] }]
} as const
const nullableNumber = { oneOf: [{ type: 'null' }, ...number.oneOf] } as const
const tolerance = {
  type: 'object',
  additionalProperties: false,
  required: ['absolute', 'relative'],
  properties: {
    absolute: { type: 'number', minimum: 0 },
    relative: { type: 'number', minimum: 0 },
    better: { type: 'string', enum: ['lower', 'higher'] }
  }
} as const
const value = { oneOf: [...number.oneOf, { type: 'string' }] } as const
const count = { type: 'integer', minimum: 0 } as const

const finding = {
  type: 'object',
  additionalProperties: false,
  required: ['status', 'code', 'message'],
  properties: {
    status,
    code: { type: 'string', pattern: '^[a-z][a-z0-9-]*(\\.[a-z0-9_-]+)+$' },
    message: { type: 'string', minLength: 1 },
    file: { type: 'string' },
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    package: { type: 'string', description: 'The package a dependency finding is about.' },
    causedBy: {
      type: 'string',
      description: 'The code of the finding that explains this one: a consequence listed under its cause.'
    },
    accepted: {
      type: 'object',
      additionalProperties: false,
      required: ['reason'],
      description: 'Listed under `accept:` in the config: it does not raise the status.',
      properties: { reason: { type: 'string' }, until: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } }
    },
    seen: {
      type: 'string',
      enum: ['known', 'new'],
      description: "With the base branch's report: whether that report had this finding too."
    }
  }
} as const

const section = (extra: Record<string, unknown>, required: string[] = [], closed = false) =>
  ({
    type: 'object',
    additionalProperties: !closed,
    required: ['status', 'findings', ...required],
    properties: {
      status: sectionStatus,
      findings: { type: 'array', items: { $ref: '#/definitions/finding' } },
      ...extra
    }
  }) as const

const jsonDifference = {
  type: 'object',
  additionalProperties: false,
  required: ['path'],
  properties: { path: { type: 'string' }, baseline: {}, current: {} }
} as const

const column = {
  type: 'object',
  additionalProperties: false,
  required: [
    'column',
    'kind',
    'rows',
    'identical',
    'withinTolerance',
    'beyondTolerance',
    'maxAbsDiff',
    'maxRelDiff',
    'tolerance',
    'verdict',
    'topChanged',
    'diffHistogram'
  ],
  properties: {
    column: { type: 'string' },
    kind: { type: 'string', enum: ['numeric', 'label'] },
    rows: count,
    identical: count,
    withinTolerance: count,
    beyondTolerance: count,
    maxAbsDiff: number,
    maxRelDiff: number,
    tolerance,
    verdict: { type: 'string', description: '"bit-identical", "equal within …" or "drifted".' },
    topChanged: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'baseline', 'current', 'absDiff'],
        properties: { id: { type: 'string' }, baseline: value, current: value, absDiff: nullableNumber }
      }
    },
    diffHistogram: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['exponent', 'count'],
        properties: { exponent: { type: 'integer' }, count }
      }
    },
    labels: {
      type: 'object',
      additionalProperties: false,
      required: ['changed', 'confusion', 'otherPairs'],
      properties: {
        changed: count,
        otherPairs: count,
        confusion: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['baseline', 'current', 'count'],
            properties: { baseline: { type: 'string' }, current: { type: 'string' }, count }
          }
        }
      }
    }
  }
} as const

const predictions = {
  type: 'object',
  additionalProperties: false,
  required: [
    'idColumn',
    'baselineRows',
    'currentRows',
    'matched',
    'missingIds',
    'missingCount',
    'newIds',
    'newCount',
    'missingColumns',
    'newColumns',
    'partitions',
    'columns'
  ],
  properties: {
    idColumn: { type: 'string' },
    baselineRows: count,
    currentRows: count,
    matched: count,
    rowsChanged: { ...count, description: 'Matched rows with at least one column beyond its tolerance.' },
    missingIds: { type: 'array', items: { type: 'string' } },
    missingCount: count,
    newIds: { type: 'array', items: { type: 'string' } },
    newCount: count,
    missingColumns: { type: 'array', items: { type: 'string' } },
    newColumns: { type: 'array', items: { type: 'string' } },
    partitions: { type: 'integer', minimum: 1 },
    columns: { type: 'array', items: { $ref: '#/definitions/column' } }
  }
} as const

const metric = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'baseline', 'current', 'diff', 'relativeDiff', 'tolerance', 'status', 'verdict'],
  properties: {
    name: { type: 'string' },
    baseline: nullableNumber,
    current: nullableNumber,
    diff: nullableNumber,
    relativeDiff: nullableNumber,
    tolerance,
    status,
    verdict: { type: 'string' }
  }
} as const

const artifact = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'status', 'change'],
  properties: {
    path: { type: 'string' },
    status,
    change: {
      type: 'string',
      enum: ['identical', 'equivalent', 'within-tolerance', 'changed', 'missing', 'new'],
      description:
        '"identical" is bit-identical; "within-tolerance" is equal within the tolerance, not bit-identical.'
    },
    baselineSha256: sha256,
    currentSha256: sha256,
    parameters: { type: 'array', items: { $ref: '#/definitions/jsonDifference' } },
    features: {
      type: 'object',
      additionalProperties: false,
      required: ['baselineCount', 'currentCount', 'added', 'removed', 'reordered'],
      properties: {
        baselineCount: count,
        currentCount: count,
        added: { type: 'array', items: { type: 'string' } },
        removed: { type: 'array', items: { type: 'string' } },
        reordered: { type: 'boolean' },
        firstMoved: {
          type: 'object',
          additionalProperties: false,
          required: ['position', 'baseline', 'current'],
          properties: {
            position: { type: 'integer', minimum: 1 },
            baseline: { type: 'string' },
            current: { type: 'string' }
          }
        }
      }
    },
    diffs: { type: 'array', items: { $ref: '#/definitions/jsonDifference' } },
    diffCount: count,
    withinTolerance: count,
    tolerance,
    maxAbsDiff: number,
    maxRelDiff: number
  }
} as const

const lists = {
  metrics: { type: 'array', items: { $ref: '#/definitions/metric' } },
  artifacts: { type: 'array', items: { $ref: '#/definitions/artifact' } }
} as const

export const REPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/repro-audit/repro-audit/schema/report.schema.json',
  title: 'repro-audit report',
  description:
    'The result of one repro-audit command (report.json, and stdout with --json). Identical inputs give identical bytes, except `timing`.',
  type: 'object',
  additionalProperties: false,
  required: [
    'schemaVersion',
    'tool',
    'audit',
    'command',
    'config',
    'status',
    'gate',
    'summary',
    'snapshot',
    'runs',
    'determinism',
    'comparison',
    'dependencies',
    'environment'
  ],
  properties: {
    schemaVersion: { const: 1 },
    tool: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { const: 'repro-audit' }, version: { type: 'string' } }
    },
    audit: { type: 'string' },
    command: { type: 'string', enum: ['lock', 'verify', 'run', 'baseline', 'accept', 'deps'] },
    config: { type: 'string' },
    status,
    gate: {
      type: 'object',
      additionalProperties: false,
      required: ['failOn', 'exitCode'],
      properties: {
        failOn: { type: 'string', enum: ['fail', 'warn', 'never'] },
        exitCode: { type: 'integer', enum: [0, 1, 2] }
      }
    },
    summary: { type: 'string' },
    snapshot: section(
      {
        lock: { type: 'string' },
        files: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'status', 'change'],
            properties: {
              path: { type: 'string' },
              status,
              change: { type: 'string' },
              cells: {
                type: 'array',
                description:
                  'Changed values of the first changed rows, locked (old) → now (new), by id and column.',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['id', 'column', 'old', 'new'],
                  properties: {
                    id: { type: 'string' },
                    column: { type: 'string' },
                    old: { type: 'string', maxLength: 200 },
                    new: { type: 'string', maxLength: 200 }
                  }
                }
              },
              cellRows: { ...count, description: 'How many changed rows `cells` was read from.' },
              idColumn: { type: 'string', description: 'The column `cells` names rows by.' },
              cellsUnavailable: { type: 'string', description: 'Why the changed values are not shown.' }
            }
          }
        }
      },
      ['lock', 'files']
    ),
    runs: section(
      {
        engine: { type: 'string' },
        runs: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'perturbation', 'status'],
            properties: { id: { type: 'string' }, perturbation: { type: 'string' }, status }
          }
        },
        settings: { type: 'object', additionalProperties: { type: 'string' } }
      },
      ['engine', 'runs', 'settings']
    ),
    determinism: section(
      {
        runs: count,
        checks: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'perturbation', 'status', 'outcome'],
            properties: {
              name: { type: 'string' },
              perturbation: { type: 'string' },
              status,
              outcome: { type: 'string' }
            }
          }
        },
        strategy: { type: 'string' },
        notTried: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'reason'],
            properties: { name: { type: 'string' }, reason: { type: 'string' } }
          }
        },
        trainings: {
          type: 'object',
          required: ['count', 'cpuSeconds', 'wallSeconds'],
          properties: { count: count, cpuSeconds: { type: 'number' }, wallSeconds: { type: 'number' } }
        },
        unresolved: { type: 'array', items: { type: 'string' } }
      },
      ['checks']
    ),
    comparison: section(
      {
        baseline: { type: 'string', description: 'The baseline folder, relative to the config.' },
        predictions: { $ref: '#/definitions/predictions' },
        ...lists,
        intendedChange: {
          type: 'object',
          additionalProperties: false,
          required: ['ref', 'change', 'message', 'metrics', 'artifacts'],
          description:
            "The base branch's baseline against the pull request's: what the pull request means to change. Informational.",
          properties: {
            ref: { type: 'string' },
            change: { type: 'string', enum: ['unchanged', 'changed', 'added', 'unavailable'] },
            message: { type: 'string' },
            predictions: { $ref: '#/definitions/predictions' },
            ...lists
          }
        }
      },
      ['baseline', 'metrics', 'artifacts'],
      true
    ),
    dependencies: section(
      {
        files: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'format', 'packages'],
            properties: {
              path: { type: 'string' },
              format: { type: 'string' },
              packages: { type: 'array', items: { type: 'object', required: ['name'] } }
            }
          }
        }
      },
      ['files']
    ),
    environment: section(
      {
        current: { type: 'object', additionalProperties: { type: 'string' } },
        baseline: { type: 'object', additionalProperties: { type: 'string' } },
        differences: { type: 'array' }
      },
      ['current', 'differences']
    ),
    timing: {
      type: 'object',
      description: 'The only fields that differ between identical runs.',
      properties: {
        startedAt: { type: 'string' },
        finishedAt: { type: 'string' },
        durationMs: { type: 'number' },
        runId: { type: 'string' }
      }
    }
  },
  definitions: { finding, column, predictions, metric, artifact, jsonDifference }
} as const
