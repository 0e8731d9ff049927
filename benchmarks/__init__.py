"""Benchmarks for the numbers of REQUIREMENTS.md: `python -m benchmarks [NAME ...]` prints a table.

Each `bench_*.py` module exposes `run() -> list[Measurement]`; they are measured here, never by
timed assertions in tests.
"""
