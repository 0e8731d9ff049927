from reinex_desktop.cli import main

raise SystemExit(main())
