#!/bin/sh
# Remove Symétrie from your menu and forget it as the app for .symetrie files.
# Your workshops, settings and backups are kept. Then delete this folder if you wish.
set -e
here=$(cd "$(dirname "$0")" && pwd -P)
exec "$here/symetrie-desktop" --uninstall-desktop
