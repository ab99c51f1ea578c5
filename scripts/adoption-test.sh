#!/usr/bin/env bash
# The README's adoption path, run as written on a fresh repository outside this one: install the
# packed CLI into a private npm prefix, make a small scikit-learn project, then run the shell block
# between the README's `adoption:start` and `adoption:end` markers, unchanged. Needs a built dist/.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/repro-audit-adoption-XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== install the CLI from the packed tarball (offline: it has no dependencies)"
tarball="$(cd "$repo" && npm pack --silent --pack-destination "$work")"
npm install --global --offline --no-audit --no-fund --prefix "$work/npm" "$work/$tarball" >/dev/null
export PATH="$work/npm/bin:$PATH"
command -v repro-audit

echo "== a user's project: data/, train.py (scikit-learn), requirements.txt"
project="$work/house-model"
mkdir -p "$project/data"
head -n 301 "$repo/fixtures/house-prices/data/train.csv" >"$project/data/train.csv"
head -n 101 "$repo/fixtures/house-prices/data/test.csv" >"$project/data/test.csv"
printf 'pandas\nscikit-learn\n' >"$project/requirements.txt"
cat >"$project/train.py" <<'PY'
import json
import os

import pandas as pd
from sklearn.ensemble import RandomForestRegressor

out = os.environ["REPRO_OUTPUT_DIR"]
train = pd.read_csv("data/train.csv").sort_values("Id")
test = pd.read_csv("data/test.csv").sort_values("Id")
features = sorted(c for c in train.columns if c not in ("Id", "Sale_Price") and pd.api.types.is_numeric_dtype(train[c]))
model = RandomForestRegressor(n_estimators=20, random_state=0, n_jobs=1)
model.fit(train[features].fillna(0), train["Sale_Price"])
predicted = model.predict(test[features].fillna(0))
pd.DataFrame({"Id": test["Id"], "prediction": predicted}).to_csv(os.path.join(out, "predictions.csv"), index=False, float_format="%.17g")
with open(os.path.join(out, "metrics.json"), "w") as f:
    json.dump({"rmse": float(((test["Sale_Price"] - predicted) ** 2).mean() ** 0.5)}, f)
PY
cd "$project"
git init -q
git config user.email adopter@example.com
git config user.name Adopter
git add -A
git commit -qm "A model"

echo "== the README's steps, as written"
steps="$work/readme-steps.sh"
awk '/<!-- adoption:start -->/{on=1; next} /<!-- adoption:end -->/{on=0} on' "$repo/README.md" |
  sed -n '/^```sh$/,/^```$/p' | sed '/^```/d' >"$steps"
test -s "$steps" || { echo "no adoption block found in README.md" >&2; exit 1; }
cat "$steps"
bash -euo pipefail "$steps"

echo "== afterwards: everything committed, the audit passes from a clean clone"
test -z "$(git status --porcelain)" || { git status --porcelain >&2; echo "files left uncommitted" >&2; exit 1; }
git ls-files | grep -qE '^repro\.lock\.d/[0-9a-f]+/data/train\.csv\.rows\.tsv$'
git ls-files | grep -qx '.github/workflows/repro-audit.yml'
clone="$work/clone"
git clone -q "$project" "$clone"
(cd "$clone" && repro-audit verify >/dev/null && repro-audit run >/dev/null)
echo "adoption path: ok"
