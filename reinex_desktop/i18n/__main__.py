"""Translation workflow: `python -m reinex_desktop.i18n update [CATALOG]|missing|fill FILE|build`.

- update [CATALOG]: extract source strings into translations/*_he.ts (new ones unfinished)
- missing [LANG]: print the unfinished messages as JSON {catalog: {context: {source: ""}}} (LANG: he,
  or en for the English plural forms)
- fill FILE [LANG]: merge a JSON file of the same shape, with the translations filled in (a `%n`
  message takes a list of its plural forms)
- build: compile the .qm files
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reinex_desktop.i18n import catalogs


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "update":
        for path in catalogs.update_sources(only=argv[1] if len(argv) > 1 else None):
            print(path.relative_to(catalogs.SOURCE_ROOT))
    elif command == "missing":
        report = {}
        language = argv[1] if len(argv) > 1 else "he"
        for path in sorted(catalogs.TRANSLATIONS_DIR.glob(f"*_{language}.ts")):
            missing = catalogs.unfinished(path)
            if missing:
                report[path.stem.removesuffix(f"_{language}")] = {
                    ctx: dict.fromkeys(src, "") for ctx, src in missing.items()
                }
        print(json.dumps(report, ensure_ascii=False, indent=1))
    elif command == "fill":
        data = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        language = argv[2] if len(argv) > 2 else "he"
        for catalog, translations in data.items():
            count = catalogs.fill(catalogs.ts_path(catalog, language), translations)
            print(f"{catalog}: {count} translations set")
    elif command == "build":
        for path in catalogs.build_qm():
            print(path.relative_to(catalogs.SOURCE_ROOT))
    else:
        print(__doc__)
        return 2
    return 0


raise SystemExit(main(sys.argv[1:]))
