#!/usr/bin/env bash
# Build the one-folder Unquote bundle with PyInstaller, pack it as a .tar.gz and smoke-test it.
#   bash packaging/build-bundle.sh            build, pack, smoke-test
#   SKIP_SMOKE=1 bash packaging/build-bundle.sh
# Output: dist/unquote/ (run dist/unquote/unquote) and dist/unquote-VERSION-PLATFORM.tar.gz.
# The build uses its own virtual environment (build/bundle-venv) with a non-editable install,
# so the bundle holds exactly what a user's install would.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=build/bundle-venv
start=$(date +%s)

[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
"$VENV/bin/python" -m pip install -q "pyinstaller>=6.10" .
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/bundle/unquote.spec

version=$("$VENV/bin/python" -c "import unquote; print(unquote.__version__)")
platform=$("$VENV/bin/python" -c "import sysconfig; print(sysconfig.get_platform())")
archive="dist/unquote-$version-$platform.tar.gz"
tar -C dist -czf "$archive" unquote
echo "built dist/unquote ($(du -sh dist/unquote | cut -f1)), $archive ($(du -sh "$archive" | cut -f1)) in $(( $(date +%s) - start )) s"

if [ -z "${SKIP_SMOKE:-}" ]; then
  bash packaging/smoke-test-bundle.sh dist/unquote
fi
