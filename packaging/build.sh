#!/usr/bin/env bash
# Builds the one-folder bundle dist/nnbuilder/ from a clean build environment (build/bundle-venv):
# nnbuilder's runtime dependencies and the pinned build tools, nothing from a development venv.
# PyInstaller does not cross-compile: run this on the system the bundle is for (Git Bash on Windows).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=build/bundle-venv
STAMP=$VENV/.installed-stamp

venv_python() {
    if [[ -x $VENV/Scripts/python.exe ]]; then echo "$VENV/Scripts/python.exe"; else echo "$VENV/bin/python"; fi
}

# Made anew whenever the dependencies or the build tools change; reused otherwise.
if [[ ! -f $STAMP || pyproject.toml -nt $STAMP || packaging/requirements.txt -nt $STAMP ]]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$(venv_python)" -m pip install --quiet --upgrade pip
    "$(venv_python)" -m pip install --quiet -e . -r packaging/requirements.txt
    touch "$STAMP"
fi

started=$SECONDS
export TF_CPP_MIN_LOG_LEVEL=3  # PyInstaller imports TensorFlow to analyse it; its start-up chatter means nothing here
"$(venv_python)" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/nnbuilder.spec
if [[ $(uname -s) == Linux ]]; then  # the menu entry, icon and .nnb file type, for the teacher to install
    cp -r packaging/linux dist/nnbuilder/linux
fi
echo "bundle: dist/nnbuilder/ built in $((SECONDS - started)) s, $(du -sh dist/nnbuilder | cut -f1) on disk"
