"""Entry point of the bundled executable: the same `reinex-desktop` command as the installed package."""

from reinex_desktop.cli import main

raise SystemExit(main())
