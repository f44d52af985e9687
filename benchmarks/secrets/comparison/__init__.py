"""The parts of benchmarks/secrets/compare.py: measuring, the tools, the scenarios and the reports."""
