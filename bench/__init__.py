"""Benchmarks, run from the project folder as modules: python -m bench.run, python -m bench.names."""
