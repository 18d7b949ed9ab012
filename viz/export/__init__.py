"""Exports: safe tables (CSV/XLSX), recorded steps and check reports."""
from viz.export.tables import report_csv, report_json, safe_csv, safe_xlsx, steps_from_json, steps_json

__all__ = ["safe_csv", "safe_xlsx", "steps_json", "steps_from_json", "report_json", "report_csv"]
