#!/usr/bin/env bash
# Smoke-test a built bundle outside the project's virtual environment (a bare PATH, a fresh
# HOME, Qt offscreen): compare on txt, cp1252, md, html, docx and pdf, the window on the
# sample pair and on a long pair (its quotation finder runs in a spawned child), reopening a
# saved comparison, a bad input (exit 3, one line), --install-desktop, and the start-up time
# to a drawn sample comparison.
#   bash packaging/smoke-test-bundle.sh [dist/unquote]
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE=$(cd "${1:-dist/unquote}" && pwd)
FIX=$PWD/tests/fixtures/loading
SAMPLES=$PWD/desktop/unquote/data/samples
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home"

run() {  # the bundle with nothing of this machine's Python set-up in reach
  env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_DATA_HOME="$WORK/share" "$BUNDLE/${EXE:-unquote}" "$@"
}
ok() { echo "ok   $*"; }
fail() { echo "FAIL $*"; exit 1; }

for input in "$SAMPLES/original.txt" "$FIX/text/cp1252.txt" "$FIX/markdown/story.md" "$FIX/html/farm_page.html" \
             "$FIX/docx/library.docx" "$FIX/pdf/report.pdf"; do
  name=$(basename "$input")
  run compare "$input" "$SAMPLES/rewrite.txt" -o "$WORK/$name.unquote" -q || fail "compare $name"
  [ -s "$WORK/$name.unquote" ] || fail "compare $name wrote nothing"
  ok "compare $name"
done

run compare "$SAMPLES/original.txt" "$SAMPLES/rewrite.txt" -o "$WORK/sample.html" -q && [ -s "$WORK/sample.html" ] \
  || fail "HTML report"
ok "HTML report"

start=$(date +%s%N)
run --demo --screenshot "$WORK/demo.png" || fail "window on the sample pair"
took_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ -s "$WORK/demo.png" ] || fail "no screenshot"
ok "window on the sample pair, drawn and saved in ${took_ms} ms"

run "$WORK/original.txt.unquote" --screenshot "$WORK/reopened.png" && [ -s "$WORK/reopened.png" ] \
  || fail "reopening a saved comparison"
ok "reopening a saved comparison"

for _ in $(seq 150); do cat "$SAMPLES/original.txt"; echo; done > "$WORK/long-left.txt"
for _ in $(seq 150); do cat "$SAMPLES/rewrite.txt"; echo; done > "$WORK/long-right.txt"
run compare "$WORK/long-left.txt" "$WORK/long-right.txt" -q -o "$WORK/long.unquote" || fail "long pair, command line"
ok "long pair on the command line (forked quotation finder)"
run "$WORK/long-left.txt" "$WORK/long-right.txt" --screenshot "$WORK/long.png" || fail "long pair in the window"
ok "long pair in the window (spawned quotation finder)"

set +e
err=$(run compare "$FIX/not_documents/binary.dat" "$SAMPLES/rewrite.txt" 2>&1 >/dev/null)
code=$?
set -e
[ "$code" = 3 ] && [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || fail "bad input: exit $code, said: $err"
ok "bad input: exit 3, one line ($err)"

EXE=unquote-gui run --version >/dev/null || fail "unquote-gui"
run --install-desktop >/dev/null || fail "--install-desktop"
entry="$WORK/share/applications/io.github.unquote.Unquote.desktop"
grep -q "^Exec=$BUNDLE/unquote-gui %F" "$entry" || fail "desktop entry does not run the bundle: $(grep ^Exec "$entry")"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry" || fail "installed entry invalid"; fi
ok "--install-desktop (entry runs $BUNDLE/unquote-gui)"

echo "smoke test passed: $(du -sh "$BUNDLE" | cut -f1) bundle"
