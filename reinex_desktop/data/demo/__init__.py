"""The deterministic demo clinic: a realistic Hebrew therapeutic-riding centre for the embedded
database, screenshots, tests and benchmarks.

`load_demo(engine, "small" | "reference", today=..., seed=...)` writes it into an empty tenant
schema; `ensure_embedded_demo()` gives the SQLite URL of the app's built-in demo database.
"""

from reinex_desktop.data.demo.embedded import default_database_path, ensure_embedded_demo
from reinex_desktop.data.demo.generator import build_demo
from reinex_desktop.data.demo.loader import DemoRefusedError, load_demo
from reinex_desktop.data.demo.rows import DemoRows, DemoSummary

__all__ = [
    "DemoRefusedError",
    "DemoRows",
    "DemoSummary",
    "build_demo",
    "default_database_path",
    "ensure_embedded_demo",
    "load_demo",
]
