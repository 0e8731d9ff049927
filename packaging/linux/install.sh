#!/bin/sh
# Install Reinex from this folder: for the current user (default) or for every user (--system, as root).
#   ./install.sh            → ~/.local/opt/reinex-desktop, menu entry and icons under ~/.local/share
#   sudo ./install.sh --system → /opt/reinex-desktop, menu entry and icons under /usr/local/share
#   ./install.sh --uninstall [--system] [--purge]
#       removes the program; the local data (~/.local/share/reinex-desktop) stays unless --purge.
set -eu

APP=reinex-desktop
ID=com.thepcrunners.ReinexDesktop
HERE=$(cd "$(dirname "$0")" && pwd)

scope=user
action=install
purge=no
for arg in "$@"; do
  case "$arg" in
    --system) scope=system ;;
    --uninstall) action=uninstall ;;
    --purge) purge=yes ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

if [ "$scope" = system ]; then
  prefix=/opt/$APP
  share=/usr/local/share
  bin=/usr/local/bin
else
  prefix=$HOME/.local/opt/$APP
  share=${XDG_DATA_HOME:-$HOME/.local/share}
  bin=$HOME/.local/bin
fi

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "$action" = uninstall ]; then
  rm -rf "$prefix"
  rm -f "$bin/$APP" "$share/applications/$ID.desktop" "$share/metainfo/$ID.metainfo.xml"
  find "$share/icons/hicolor" -name "$ID.png" -delete 2>/dev/null || true
  rm -f "$share/icons/hicolor/scalable/apps/$ID.svg"
  if [ "$purge" = yes ]; then
    rm -rf "${XDG_DATA_HOME:-$HOME/.local/share}/$APP"
    echo "Removed Reinex and its local data."
  else
    echo "Removed Reinex. Local data kept in ${XDG_DATA_HOME:-$HOME/.local/share}/$APP (use --purge to remove it)."
  fi
  refresh
  exit 0
fi

mkdir -p "$prefix" "$bin" "$share/applications" "$share/metainfo"
rm -rf "$prefix"
cp -a "$HERE/$APP" "$prefix"
ln -sf "$prefix/$APP" "$bin/$APP"
sed -e "s|^Exec=.*|Exec=$prefix/$APP|" -e "s|^TryExec=.*|TryExec=$prefix/$APP|" \
  "$HERE/share/applications/$ID.desktop" > "$share/applications/$ID.desktop"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$share/metainfo/"
cp -R "$HERE/share/icons" "$share/"
refresh
echo "Installed Reinex in $prefix (menu: Office → Reinex; command: $bin/$APP)."
