#!/usr/bin/env bash
# make eval: installs the scorers' Python requirements into target/eval-venv (once), then runs
# scripts/eval.py. Skips when ../shared is absent (a fresh clone has none).
set -euo pipefail
shared="${1:-../shared}"
if [ ! -d "$shared/data" ]; then
  echo "eval: $shared/data not found; skipping (the quality harness needs ../shared)"
  exit 0
fi
venv=target/eval-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import rouge_score, nltk, punkt' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$shared/eval/requirements.txt"
fi
exec "$venv/bin/python" scripts/eval.py --shared "$shared" --cli target/release/nutshell --python "$venv/bin/python" "${@:2}"
