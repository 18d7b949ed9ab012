"""run_checks(): every check of the studio over a dataset's working table, as a list of Findings."""
from __future__ import annotations

from typing import Any

from viz.dataset import Dataset
from viz.findings import Finding


def run_checks(dataset: Dataset, schema: dict[str, Any] | None = None) -> list[Finding]:
    """Schema (when given) then quality checks, on the working table (original + steps)."""
    from viz.checks import quality
    from viz.checks import schema as schema_check
    from viz.checks.quality_facts import shared_facts
    table = dataset.working()
    findings: list[Finding] = []
    with shared_facts(table):  # schema and quality checks share each column's distinct values
        if schema is not None:
            findings += schema_check.validate(table, schema, dataset.read)
        findings += quality.check(table, dataset.read)
    return findings
