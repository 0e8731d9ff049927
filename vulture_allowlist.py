"""Definitions the dead-code check cannot see being used (read by vulture in CI, never imported)."""

from packaging import manifest
from reinex_desktop.services import commitments

# The PyInstaller spec (packaging/reinex-desktop.spec, not Python source vulture reads) calls these.
manifest.hidden_imports
manifest.data_files
manifest.keep_qt_translation
manifest.version_resource

# The use case behind closing a commitment; its command and handler exist, its screen does not yet.
commitments.close_commitment
