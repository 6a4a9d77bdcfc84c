#!/usr/bin/env bash
# Set Unquote up on Debian/Ubuntu: Qt's system libraries (through apt-get, only those
# missing), a virtual environment in .venv and the package installed into it.
#   bash packaging/setup-debian.sh         the application
#   bash packaging/setup-debian.sh test    the application and what the tests need
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

# Qt (PySide6-Essentials) offscreen and on X11, a font so text renders, and poppler for
# looking at exported PDFs. See ../shared/notes/qt-on-this-machine.md.
PACKAGES="libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 \
libdbus-1-3 fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 python3-venv"
# The tests also validate the desktop entry, AppStream metadata and MIME type.
[ "${1:-}" = "test" ] && PACKAGES="$PACKAGES desktop-file-utils appstream shared-mime-info"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing system packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
if [ "${1:-}" = "test" ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
