// Every real dependency file in fixtures/lockfiles (copies of ../shared/lockfiles, see its README for
// sources) parses with the package count a person counted by hand.
import path from 'node:path'
import { loadDependencyFiles } from '../src/deps/audit.js'
import { ROOT } from './helpers/workspace.js'

const DIR = path.join(ROOT, 'fixtures', 'lockfiles')

// How each number was counted, independently of the parser:
//  requirements files: `grep -cvE '^\s*(#|$|-|\.)' FILE` (lines that are not comments, blank, options
//    or local paths), plus the `-e git+…#egg=` lines counted by eye (dreambooth 2, hf freeze 1);
//    jax lock: the 81 lines that start a requirement (the --hash and `# via` lines are indented).
//  Pipfile.lock: python3 json, len(default) + len(develop) = 52 + 35.
//  package-lock.json: python3 json, keys of "packages" minus the root "" = 264 - 1.
//  package.json: 16 dependencies + 1 devDependency, read by eye.
//  poetry.lock: `grep -c '^\[\[package\]\]'` = 137.
//  uv.lock: `grep -c '^\[\[package\]\]'` = 162, minus the project itself (source = { virtual = "." }).
//  conda-lock.yml: `grep -c '^- name:'` = 851 (one entry per package and platform).
//  environment.yml: python3 yaml, 27 conda strings + 13 entries in the nested pip list.
//  ames pyproject (Poetry): 8 [tool.poetry.dependencies] minus `python`, plus 7 dev-dependencies.
//  feature-engine pyproject (PEP 621): 4 dependencies + 5 docs + 7 tests.
const EXPECTED: [file: string, format: string, packages: number][] = [
  ['mlops-zoomcamp-monitoring.requirements.txt', 'requirements', 14],
  ['cookiecutter-data-science.dev-requirements.txt', 'requirements', 19],
  ['handson-ml3.requirements.txt', 'requirements', 31],
  ['handson-ml3.environment.yml', 'conda-environment', 40],
  ['dreambooth-stable-diffusion.requirements.txt', 'requirements', 16],
  ['jax-docs.requirements.txt', 'requirements', 25],
  ['jax.requirements_lock_3_14.txt', 'requirements', 81],
  ['milabench-flops-cuda.requirements.txt', 'requirements', 62],
  ['milabench-llm.requirements.txt', 'requirements', 14],
  ['milabench-sb3-bench.requirements.txt', 'requirements', 21],
  ['hf-decision-transformer.pip-freeze.txt', 'requirements', 240],
  ['mlops-zoomcamp-best-practices.Pipfile.lock', 'Pipfile.lock', 87],
  ['ames-housing-mlflow.poetry.lock', 'poetry.lock', 137],
  ['ames-housing-mlflow.pyproject.toml', 'pyproject.toml', 14],
  ['house-price-mlops.uv.lock', 'uv.lock', 161],
  ['feature-engine.pyproject.toml', 'pyproject.toml', 16],
  ['breast-cancer-predictor.conda-lock.yml', 'conda-lock.yml', 851],
  ['islamabad-house-price-backend.package-lock.json', 'package-lock.json', 263],
  ['islamabad-house-price-backend.package.json', 'package.json', 17],
  ['pytorch-lightning-test.requirements.txt', 'requirements', 22],
  ['pytorch-lightning-docs.requirements.txt', 'requirements', 4]
]

describe('real dependency files', () => {
  test.each(EXPECTED)('%s parses as %s with %i packages', async (name, format, count) => {
    const { loaded, findings } = await loadDependencyFiles([path.join(DIR, name)], ROOT)
    expect(loaded).toHaveLength(1)
    expect(loaded[0].file.format).toBe(format)
    expect(loaded[0].file.packages).toHaveLength(count)
    for (const p of loaded[0].file.packages) {
      expect(p.name).toMatch(/^\S+$/)
      expect(p.line).toBeGreaterThan(0)
    }
    // The only problems in these files are the ones listed below.
    const codes = findings.map(f => `${f.code}:${f.line}`)
    expect(codes).toEqual(KNOWN_PROBLEMS[name] ?? [])
  })
})

const KNOWN_PROBLEMS: Record<string, string[]> = {
  // `huggingface_sb3>=2.2.1, <3.*`: a wildcard after `<` is not PEP 440; pip refuses it.
  'milabench-sb3-bench.requirements.txt': ['deps.invalid-specifier:17'],
  // `-r ../docs.txt`: the file was copied alone, so the include does not exist here.
  'pytorch-lightning-docs.requirements.txt': ['deps.include-missing:1']
}
