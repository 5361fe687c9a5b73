"""Speed, memory and quality measurements, run as modules: python -m benchmarks.NAME."""
