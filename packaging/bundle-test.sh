#!/usr/bin/env bash
# Runs the frozen program as a lab machine would: from a temporary folder outside the source tree,
# with no Python environment around it. Usage: packaging/bundle-test.sh [BUNDLE] (default dist/nnbuilder)
set -euo pipefail
trap 'echo "bundle-test: FAILED: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
bundle=$(cd "${1:-dist/nnbuilder}" && pwd)
program=$bundle/nnbuilder
if [[ -f $bundle/nnbuilder-cli.exe ]]; then program=$bundle/nnbuilder-cli.exe; fi  # Windows: the one with a console
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
touch "$work/started"

echo "== nnbuilder --self-test"
"$program" --self-test

echo "== nnbuilder train builtin:lesson/linear-unit"
"$program" train builtin:lesson/linear-unit --out "$work/linear-unit"
test -s "$work/linear-unit/model.keras"

echo "== nnbuilder builtin:lesson/linear-unit --screenshot (offscreen)"
QT_QPA_PLATFORM=offscreen "$program" builtin:lesson/linear-unit --screenshot "$work/window.png"
test -s "$work/window.png"

echo "== nnbuilder lessons --lang tr, and Qt's own Turkish"
"$program" lessons --lang tr | grep -q "nöron"
find "$bundle" -name "qtbase_tr.qm" | grep -q .
QT_QPA_PLATFORM=offscreen "$program" builtin:lesson/linear-unit --lang tr --screenshot "$work/window-tr.png"
test -s "$work/window-tr.png"

# Everything is written to the user's folders: a bundle on a read-only share must keep working.
written=$(find "$bundle" -newer "$work/started" | head -5)
if [[ -n $written ]]; then
    echo "bundle-test: the program wrote into its own folder: $written" >&2
    exit 1
fi
echo "bundle-test: the frozen program passed all 4 checks ($(du -sh "$bundle" | cut -f1) bundle)"
