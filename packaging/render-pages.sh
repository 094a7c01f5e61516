#!/usr/bin/env bash
# `make pages`: a small class end to end on the command line (an assignment, three students who
# train and hand in, one of whom fakes a number, and the teacher's collect), then the lab report and
# the class page rendered to PNG by headless Chromium, to look at them as a browser shows them.
# Usage: packaging/render-pages.sh [OUT_DIR]   (default: resources/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$(realpath -m "${1:-resources/screenshots}")"
NNB=.venv/bin/nnbuilder
PY=.venv/bin/python
BROWSER="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$BROWSER" ]; then
  echo "error: Chromium is not installed; on Debian or Ubuntu: apt-get install chromium" >&2
  exit 1
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT" "$WORK/share" "$WORK/class"

cat > "$WORK/task.nnb" <<'EOF'
{
  "format": "nnbuilder/project", "version": 3, "title": "Two rings",
  "assignment": {
    "instructions": "Separate the inner ring from the outer one.\n\nUse at most 100 weights.",
    "goal": {"metric": "val_accuracy", "at_least": 0.9}, "max_parameters": 100, "locked": ["data", "training.loss"]
  },
  "questions": ["Why can a single Dense layer not separate the rings?", "What did the validation curve show?"],
  "data": {"source": "builtin:circles", "validation_split": 0.3, "split_seed": 0},
  "layers": [
    {"class_name": "Dense", "config": {"units": 8, "activation": "tanh"}},
    {"class_name": "Dense", "config": {"units": 1, "activation": "sigmoid"}}
  ],
  "training": {"loss": "binary_crossentropy", "metrics": ["accuracy"], "epochs": 60, "batch_size": 16,
               "optimizer": {"class_name": "Adam", "config": {"learning_rate": 0.03}}}
}
EOF
student() {  # NAME EPOCHS UNITS ANSWER
  "$PY" - "$WORK/task.nnb" "$WORK/$1.nnb" "$2" "$3" "$4" <<'EOF'
import json, sys
task, out, epochs, units, answer = sys.argv[1:]
raw = json.load(open(task))
raw["training"]["epochs"] = int(epochs)
raw["layers"][0]["config"]["units"] = int(units)
raw["answers"] = [answer] if answer else []
json.dump(raw, open(out, "w"))
EOF
  "$NNB" train "$WORK/$1.nnb" --student "$1" --out "$WORK/share/$1" | tail -1
}
student "Ayşe Yılmaz" 60 8 "A single layer draws one straight line; the rings need a curved boundary."
student "Lena Park" 4 4 ""
student "Bo Chen" 60 6 "It went down and stayed flat."
"$PY" - "$WORK/share/Bo Chen/result.json" <<'EOF'
import json, sys
path = sys.argv[1]
record = json.load(open(path))
record["value"] = 1.0  # the cheat: a perfect accuracy typed in by hand
json.dump(record, open(path, "w"))
EOF
"$NNB" collect "$WORK/share" -o "$WORK/class/class.csv" --assignment "$WORK/task.nnb" | tail -1

shoot() {  # PAGE PNG WIDTH HEIGHT
  "$BROWSER" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$WORK/browser" \
    --window-size="$3,$4" --screenshot="$2" "file://$1" > /dev/null 2>&1
  echo "wrote $2"
}
shoot "$WORK/share/Ayşe Yılmaz/report.html" "$OUT/report.png" 1100 2200
[ -n "${FULL_REPORT:-}" ] && shoot "$WORK/share/Ayşe Yılmaz/report.html" "$FULL_REPORT" 1100 5200
shoot "$WORK/class/class.html" "$OUT/class.png" 1366 900
