"""Reinex desktop: the reception-desk client of the Reinex clinic operations system."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("reinex-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
