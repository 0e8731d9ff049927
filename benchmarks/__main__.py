"""Run the benchmarks and print one table: `python -m benchmarks [calendar generation ...]`."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from pathlib import Path

from benchmarks.measure import Measurement


def _modules(selected: list[str]) -> list[str]:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    return [n for n in names if not selected or n.removeprefix("bench_") in selected]


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows: list[Measurement] = []
    for name in _modules(argv):
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"running {name} …", file=sys.stderr, flush=True)
        rows.extend(module.run())
    width = max([len(r.name) for r in rows] + [10])
    print(f"{'measurement':<{width}}  {'value':>10}  {'target':>10}  verdict  note")
    for row in rows:
        target = f"{row.target:g} {row.unit}" if row.target is not None else ""
        print(f"{row.name:<{width}}  {row.value:>7.1f} {row.unit:<2}  {target:>10}  {row.verdict:<7}  {row.note}")
    return 0


raise SystemExit(main(sys.argv[1:]))
