// The config file's JSON Schema. schema/repro-config.schema.json is generated from this object
// (`npm run schema`) and published for editors; a test keeps the two identical.

const columns = {
  description: 'Columns a step applies to: a list of names, or "numeric", "categorical" or "all".',
  oneOf: [
    { type: 'string', enum: ['numeric', 'categorical', 'all'] },
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true }
  ]
} as const

const tolerance = {
  type: 'object',
  additionalProperties: false,
  properties: {
    absolute: { type: 'number', minimum: 0, description: 'Largest allowed |new - old|.' },
    relative: {
      type: 'number',
      minimum: 0,
      description: 'Largest allowed |new - old| / max(|old|, |new|).'
    }
  }
} as const

const metricThreshold = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...tolerance.properties,
    better: {
      type: 'string',
      enum: ['lower', 'higher'],
      description: 'Which direction is an improvement; a change that way is reported but never fails.'
    }
  }
} as const

const step = {
  type: 'object',
  description: 'One pipeline step: an object with exactly one key, the step kind.',
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
  properties: {
    impute: {
      type: 'object',
      additionalProperties: false,
      properties: {
        strategy: { type: 'string', enum: ['mean', 'median', 'most_frequent', 'constant', 'missing_label', 'random'] },
        columns,
        value: { type: ['number', 'string'], description: 'The fill value for strategy "constant".' },
        label: { type: 'string', description: 'The label for strategy "missing_label" (default "Missing").' },
        indicator: { type: 'boolean', description: 'Add a 0/1 column `<name>_na` marking the gaps.' }
      },
      required: ['strategy']
    },
    one_hot: {
      type: 'object',
      additionalProperties: false,
      properties: {
        columns,
        drop_first: { type: 'boolean' }
      }
    },
    scale: {
      type: 'object',
      additionalProperties: false,
      properties: {
        method: { type: 'string', enum: ['standard', 'minmax', 'robust'] },
        columns
      },
      required: ['method']
    },
    drop: {
      type: 'object',
      additionalProperties: false,
      properties: { columns: { type: 'array', items: { type: 'string' }, minItems: 1 } },
      required: ['columns']
    },
    keep: {
      type: 'object',
      additionalProperties: false,
      properties: { columns: { type: 'array', items: { type: 'string' }, minItems: 1 } },
      required: ['columns']
    }
  }
} as const

const model = {
  type: 'object',
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: ['linear', 'ridge'] },
    alpha: { type: 'number', minimum: 0, description: 'Regularisation strength.' }
  },
  required: ['type']
} as const

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/repro-audit/repro-audit/schema/repro-config.schema.json',
  title: 'repro-audit config',
  description: 'Configuration of one reproducibility audit (repro.yml). Paths are relative to this file.',
  type: 'object',
  additionalProperties: false,
  required: ['snapshot', 'pipeline'],
  properties: {
    $schema: { type: 'string' },
    name: {
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
      description: 'Name of the audit; keeps the pull-request comments of several audits apart.'
    },
    snapshot: {
      type: 'object',
      additionalProperties: false,
      required: ['entries'],
      properties: {
        lock: { type: 'string', description: 'The lock file (default repro.lock).' },
        id_column: { type: 'string', description: 'Column that identifies a row, used to name changed rows.' },
        cache: { type: 'string', description: 'Folder for downloaded remote entries (default .repro-audit/cache).' },
        entries: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            description: 'One of path, folder, glob or url.',
            properties: {
              path: { type: 'string', minLength: 1, description: 'A data file (CSV or Parquet).' },
              folder: { type: 'string', minLength: 1, description: 'A folder: every CSV and Parquet file under it.' },
              glob: { type: 'string', minLength: 1, description: 'A pattern such as data/parts/*.csv (`*`, `?`, `**`).' },
              url: { type: 'string', pattern: '^https?://', description: 'A remote data file, downloaded and cached.' },
              sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'The pinned sha256 of the remote file.' },
              format: { type: 'string', enum: ['csv', 'parquet'], description: 'The format, when the name does not tell.' },
              id_column: { type: 'string' },
              as_of: {
                type: 'object',
                additionalProperties: false,
                required: ['column', 'until'],
                description: 'Time cut: only rows whose timestamp column is at or before `until` are pinned.',
                properties: {
                  column: { type: 'string', minLength: 1 },
                  until: { type: 'string', minLength: 1, description: 'An ISO 8601 timestamp, e.g. 2026-01-01T00:00:00Z.' }
                }
              }
            }
          }
        }
      }
    },
    pipeline: {
      type: 'object',
      additionalProperties: false,
      required: ['engine'],
      properties: {
        engine: { type: 'string', enum: ['builtin'] },
        train: { type: 'string', description: 'Training data (a snapshot entry).' },
        score: { type: 'string', description: 'Data to predict (a snapshot entry); holds the target for metrics.' },
        id_column: { type: 'string' },
        target: { type: 'string' },
        task: { type: 'string', enum: ['regression', 'classification'] },
        seed: { type: 'integer', minimum: 0 },
        steps: { type: 'array', items: step },
        model,
        target_transform: { type: 'string', enum: ['none', 'log', 'log1p'] },
        metrics: {
          type: 'array',
          items: { type: 'string', enum: ['rmse', 'mae', 'r2', 'rmsle'] },
          uniqueItems: true
        }
      },
      allOf: [
        {
          if: { properties: { engine: { const: 'builtin' } } },
          then: { required: ['train', 'score', 'id_column', 'target', 'model'] }
        }
      ]
    },
    baseline: {
      type: 'object',
      additionalProperties: false,
      properties: { dir: { type: 'string', description: 'Folder of the committed baseline (default baseline).' } }
    },
    compare: {
      type: 'object',
      additionalProperties: false,
      properties: {
        predictions: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...tolerance.properties,
            columns: { type: 'object', additionalProperties: tolerance },
            top: { type: 'integer', minimum: 0, description: 'How many most-changed ids to list (default 10).' }
          }
        },
        metrics: { type: 'object', additionalProperties: metricThreshold }
      }
    },
    determinism: {
      type: 'object',
      additionalProperties: false,
      properties: {
        runs: { type: 'integer', minimum: 1, maximum: 20, description: 'Identical runs (default 2).' }
      }
    },
    dependencies: {
      type: 'object',
      additionalProperties: false,
      properties: {
        files: { type: 'array', items: { type: 'string' }, description: 'Dependency files to audit.' },
        python: { type: 'string', description: 'Python interpreter whose installed packages are audited.' }
      }
    },
    report: {
      type: 'object',
      additionalProperties: false,
      properties: { dir: { type: 'string', description: 'Where report.json and report.md go (default .repro-audit).' } }
    },
    gate: {
      type: 'object',
      additionalProperties: false,
      properties: { fail_on: { type: 'string', enum: ['fail', 'warn', 'never'] } }
    }
  }
} as const
