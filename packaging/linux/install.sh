#!/bin/sh
# Add Symétrie to your applications menu and open .symetrie workshops with it.
# For you only (no root needed). To undo: sh uninstall.sh
set -e
here=$(cd "$(dirname "$0")" && pwd -P)
exec "$here/symetrie-desktop" --install-desktop
