#!/usr/bin/env bash
# Install the one-folder bundle built by `make dist` for one user (default) or system-wide:
#   bash packaging/install-linux.sh            -> ~/.local
#   sudo bash packaging/install-linux.sh /usr/local
# It copies dist/floorqc/ to PREFIX/lib/floorqc, links PREFIX/bin/floorqc to it, and adds the
# menu entry and icons. Remove with: rm -rf PREFIX/lib/floorqc PREFIX/bin/floorqc
#   PREFIX/share/applications/floorqc.desktop PREFIX/share/icons/hicolor/*/apps/floorqc.*
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
prefix="${1:-$HOME/.local}"
bundle="$root/dist/floorqc"
[ -x "$bundle/floorqc" ] || { echo "no $bundle/floorqc: run 'make dist' first" >&2; exit 1; }

rm -rf "$prefix/lib/floorqc"
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" \
  "$prefix/share/icons/hicolor/256x256/apps" "$prefix/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$prefix/lib/floorqc"
ln -sf "$prefix/lib/floorqc/floorqc" "$prefix/bin/floorqc"
install -m 644 "$here/floorqc.png" "$prefix/share/icons/hicolor/256x256/apps/floorqc.png"
install -m 644 "$here/floorqc.svg" "$prefix/share/icons/hicolor/scalable/apps/floorqc.svg"
# Exec with the full path, so the menu entry works even when PREFIX/bin is not on PATH.
sed -e "s|^Exec=.*|Exec=$prefix/bin/floorqc|" -e "s|^TryExec=.*|TryExec=$prefix/bin/floorqc|" \
  "$here/floorqc.desktop" > "$prefix/share/applications/floorqc.desktop"
command -v update-desktop-database >/dev/null && \
  update-desktop-database -q "$prefix/share/applications" || true
echo "installed FloorQC in $prefix (run: floorqc, or find FloorQC in the applications menu)"
