// The config file's JSON Schema. schema/repro-config.schema.json is generated from this object
// (`npm run schema`) and published for editors; a test keeps the two identical.
import { PERTURBATION_NAMES } from '../perturbations/index.js'

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
        strategy: {
          type: 'string',
          enum: ['mean', 'median', 'most_frequent', 'constant', 'missing_label', 'random']
        },
        columns,
        value: { type: ['number', 'string'], description: 'The fill value for strategy "constant".' },
        label: { type: 'string', description: 'The label for strategy "missing_label" (default "Missing").' },
        indicator: { type: 'boolean', description: 'Add a 0/1 column `<name>_na` marking the gaps.' },
        missing_value: {
          type: ['number', 'string'],
          description: 'A value that also counts as missing (e.g. 0).'
        }
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
    rare_labels: {
      type: 'object',
      additionalProperties: false,
      properties: {
        columns,
        tolerance: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'Labels below this share of rows are grouped (default 0.01).'
        },
        label: { type: 'string', description: 'The group label (default "Rare").' }
      }
    },
    ordinal_target: {
      type: 'object',
      additionalProperties: false,
      properties: {
        columns,
        unknown: { type: 'number', description: 'Code of labels not seen in training (default -1).' }
      }
    },
    map: {
      type: 'object',
      additionalProperties: false,
      properties: {
        columns: { type: 'array', items: { type: 'string' }, minItems: 1 },
        mapping: { type: 'object', additionalProperties: { type: 'number' }, description: 'Label → number.' },
        other: { type: 'number', description: 'Value for labels outside the mapping and missing ones.' }
      },
      required: ['columns', 'mapping']
    },
    transform: {
      type: 'object',
      additionalProperties: false,
      properties: {
        method: { type: 'string', enum: ['log', 'log1p', 'yeo_johnson', 'box_cox'] },
        columns,
        standardize: { type: 'boolean', description: 'Also centre and scale the result (default false).' }
      },
      required: ['method']
    },
    binarize: {
      type: 'object',
      additionalProperties: false,
      properties: { columns, threshold: { type: 'number', description: '1 above it, else 0 (default 0).' } }
    },
    clip: {
      type: 'object',
      additionalProperties: false,
      properties: { columns, min: { type: 'number' }, max: { type: 'number' } }
    },
    derive: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1 },
        op: { type: 'string', enum: ['difference', 'ratio'] },
        left: { type: 'string' },
        right: { type: 'string' },
        drop: { type: 'array', items: { type: 'string' }, description: 'Columns to remove afterwards.' }
      },
      required: ['name', 'op', 'left', 'right']
    },
    select_l1: {
      type: 'object',
      additionalProperties: false,
      properties: {
        alpha: { type: 'number', exclusiveMinimum: 0, description: 'Lasso strength (default 0.001).' },
        threshold: { type: 'number', minimum: 0, description: 'Smallest |weight| kept (default 1e-5).' },
        max_iter: { type: 'integer', minimum: 1 },
        tol: { type: 'number', exclusiveMinimum: 0 }
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
    type: {
      type: 'string',
      enum: ['linear', 'ridge', 'lasso', 'logistic', 'decision_tree', 'random_forest', 'gradient_boosting']
    },
    alpha: { type: 'number', minimum: 0, description: 'Regularisation strength (ridge, lasso).' },
    C: { type: 'number', exclusiveMinimum: 0, description: 'Inverse L2 strength of logistic (default 1).' },
    max_iter: { type: 'integer', minimum: 1 },
    tol: { type: 'number', exclusiveMinimum: 0, description: 'Lasso stopping tolerance (default 1e-4).' },
    max_depth: { type: 'integer', minimum: 1 },
    min_samples_split: { type: 'integer', minimum: 2 },
    min_samples_leaf: { type: 'integer', minimum: 1 },
    max_features: {
      description: '"sqrt", "log2", a fraction of the features (≤ 1) or a count (> 1).',
      oneOf: [
        { type: 'string', enum: ['sqrt', 'log2'] },
        { type: 'number', exclusiveMinimum: 0 }
      ]
    },
    n_estimators: { type: 'integer', minimum: 1 },
    learning_rate: { type: 'number', exclusiveMinimum: 0 },
    subsample: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    bootstrap: { type: 'boolean' }
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
  required: ['snapshot'],
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
        id_column: {
          type: 'string',
          description: 'Column that identifies a row, used to name changed rows.'
        },
        cache: {
          type: 'string',
          description: 'Folder for downloaded remote entries (default .repro-audit/cache).'
        },
        entries: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            description: 'One of path, folder, glob or url.',
            properties: {
              path: { type: 'string', minLength: 1, description: 'A data file (CSV or Parquet).' },
              folder: {
                type: 'string',
                minLength: 1,
                description: 'A folder: every CSV and Parquet file under it.'
              },
              glob: {
                type: 'string',
                minLength: 1,
                description: 'A pattern such as data/parts/*.csv (`*`, `?`, `**`).'
              },
              url: {
                type: 'string',
                pattern: '^https?://',
                description: 'A remote data file, downloaded and cached.'
              },
              save_as: {
                type: 'string',
                minLength: 1,
                description:
                  "Where the pipeline finds a url entry's verified copy, relative to this file, inside $REPRO_DATA_DIR (default the url's file name)."
              },
              sha256: {
                type: 'string',
                pattern: '^[0-9a-f]{64}$',
                description: 'The pinned sha256 of the remote file.'
              },
              format: {
                type: 'string',
                enum: ['csv', 'parquet'],
                description: 'The format, when the name does not tell.'
              },
              id_column: { type: 'string' },
              as_of: {
                type: 'object',
                additionalProperties: false,
                required: ['column', 'until'],
                description: 'Time cut: only rows whose timestamp column is at or before `until` are pinned.',
                properties: {
                  column: { type: 'string', minLength: 1 },
                  until: {
                    type: 'string',
                    minLength: 1,
                    description: 'An ISO 8601 timestamp, e.g. 2026-01-01T00:00:00Z.'
                  }
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
        engine: { type: 'string', enum: ['builtin', 'command'] },
        command: {
          type: 'string',
          minLength: 1,
          description: "Shell command that trains and predicts (engine command); runs in the config's folder."
        },
        python: {
          type: 'string',
          minLength: 1,
          description:
            'Python interpreter for the command: its folder goes first on PATH and REPRO_PYTHON names it (env REPRO_AUDIT_PYTHON overrides).'
        },
        timeout: {
          type: 'number',
          exclusiveMinimum: 0,
          description: 'Seconds one run may take (default 1800).'
        },
        env_drop: {
          type: 'array',
          items: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*\\*?$' },
          uniqueItems: true,
          description:
            'Environment variables kept from the command besides the runner secrets dropped by default (INPUT_*, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*, GITHUB_TOKEN, GH_TOKEN): names, or prefixes ending in *. Their values are also redacted from everything the audit writes.'
        },
        env_pass: {
          type: 'array',
          items: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
          uniqueItems: true,
          description:
            'Exact names passed to the command although a drop pattern matches them (never INPUT_TOKEN, the action token).'
        },
        outputs: {
          type: 'object',
          additionalProperties: false,
          description: 'Files the command writes, relative to REPRO_OUTPUT_DIR.',
          properties: {
            predictions: {
              type: 'string',
              minLength: 1,
              description: 'CSV or Parquet: the id column and prediction columns (default predictions.csv).'
            },
            metrics: {
              type: 'string',
              minLength: 1,
              description: 'JSON object of metric name to number (default metrics.json, read when present).'
            },
            params: {
              type: 'string',
              minLength: 1,
              description:
                'JSON of parameters, compared value by value (default params.json, read when present).'
            },
            artifacts: {
              type: 'array',
              items: { type: 'string', minLength: 1 },
              description: 'Globs of further files to compare.'
            }
          }
        },
        train: { type: 'string', description: 'Training data (a snapshot entry).' },
        score: {
          type: 'string',
          description: 'Data to predict (a snapshot entry); holds the target for metrics.'
        },
        id_column: { type: 'string' },
        target: { type: 'string' },
        task: { type: 'string', enum: ['regression', 'classification'] },
        seed: { type: 'integer', minimum: 0 },
        steps: { type: 'array', items: step },
        model,
        target_transform: { type: 'string', enum: ['none', 'log', 'log1p'] },
        metrics: {
          type: 'array',
          items: { type: 'string', enum: ['rmse', 'mae', 'r2', 'rmsle', 'accuracy', 'roc_auc', 'log_loss'] },
          uniqueItems: true
        },
        positive_label: { type: 'string', description: 'Classification: the label predicted as class 1.' },
        evaluation: {
          type: 'object',
          additionalProperties: false,
          required: ['method'],
          properties: {
            method: { type: 'string', enum: ['holdout', 'kfold'] },
            test_size: {
              type: 'number',
              exclusiveMinimum: 0,
              exclusiveMaximum: 1,
              description: 'Holdout share (default 0.2).'
            },
            folds: { type: 'integer', minimum: 2, description: 'k of k-fold (default 5).' }
          }
        }
      },
      allOf: [
        {
          if: { properties: { engine: { const: 'builtin' } } },
          then: { required: ['train', 'score', 'id_column', 'target', 'model'] }
        },
        {
          if: { properties: { engine: { const: 'command' } } },
          then: { required: ['command', 'id_column'] }
        }
      ]
    },
    baseline: {
      type: 'object',
      additionalProperties: false,
      properties: {
        dir: { type: 'string', description: 'Folder of the committed baseline (default baseline).' }
      }
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
            top: {
              type: 'integer',
              minimum: 0,
              description: 'How many most-changed, missing and new ids to list (default 10).'
            },
            labels: {
              type: 'array',
              items: { type: 'string', minLength: 1 },
              uniqueItems: true,
              description:
                'Prediction columns holding labels: compared as text, with a confusion summary of changed labels.'
            }
          }
        },
        metrics: { type: 'object', additionalProperties: metricThreshold },
        artifacts: {
          ...tolerance,
          description:
            "Learned numbers in JSON artifacts, compared value by value (default: the predictions' relative tolerance, no absolute one); other artifacts compare by sha256."
        }
      }
    },
    determinism: {
      type: 'object',
      additionalProperties: false,
      properties: {
        strategy: {
          type: 'string',
          enum: ['combined', 'each'],
          description:
            'combined (default): one run with every perturbation at once, compared with the baseline; more runs only when it differs, to find the cause. each: the identical runs plus one run per perturbation.'
        },
        runs: {
          type: 'integer',
          minimum: 1,
          maximum: 20,
          description: 'Identical runs of the each strategy (default 2).'
        },
        max_runs: {
          type: 'integer',
          minimum: 1,
          maximum: 100,
          description:
            'Most follow-up runs the combined strategy makes to find a cause (default 12); past it the report lists the candidates it could not separate.'
        },
        perturbations: {
          type: 'array',
          items: { type: 'string', enum: [...PERTURBATION_NAMES] },
          uniqueItems: true,
          description: 'What the perturbed runs vary (default: all).'
        },
        on_change: {
          type: 'string',
          enum: ['warn', 'fail'],
          description:
            'Status of a perturbation that changes results (default warn); identical runs that differ always fail.'
        },
        parallel: {
          // One schema, not oneOf, so a bad value gets one clear error: minimum applies to numbers only,
          // pattern to strings only.
          type: ['integer', 'string'],
          minimum: 1,
          pattern: '^auto$',
          description:
            'Runs at a time: auto (one per core, the default) or a number; 1 runs them one after another.'
        }
      }
    },
    dependencies: {
      type: 'object',
      additionalProperties: false,
      properties: {
        files: { type: 'array', items: { type: 'string' }, description: 'Dependency files to audit.' },
        python: { type: 'string', description: 'Python interpreter whose installed packages are audited.' },
        check_installed: {
          type: 'boolean',
          description: 'Compare declared and locked versions with the installed ones (default true).'
        }
      }
    },
    report: {
      type: 'object',
      additionalProperties: false,
      properties: {
        dir: { type: 'string', description: 'Where report.json and report.md go (default .repro-audit).' }
      }
    },
    gate: {
      type: 'object',
      additionalProperties: false,
      properties: { fail_on: { type: 'string', enum: ['fail', 'warn', 'never'] } }
    },
    accept: {
      type: 'array',
      description:
        'Findings the team has decided to live with: shown as accepted, they do not raise the status. An expired acceptance is a warning.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'reason'],
        properties: {
          code: {
            type: 'string',
            pattern: '^[a-z][a-z0-9-]*(\\.[a-z0-9_-]+)+$',
            description: 'The finding code, as in the JSON report (deps.unpinned, determinism.hash_seed, …).'
          },
          file: { type: 'string', description: 'Only the findings on this file (relative to the config).' },
          package: { type: 'string', description: 'Only the findings about this package.' },
          reason: { type: 'string', minLength: 1, description: 'Why the team accepts it (required).' },
          until: {
            type: 'string',
            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            description: 'YYYY-MM-DD: the last day the acceptance holds; after it, a warning.'
          }
        }
      }
    }
  }
} as const
