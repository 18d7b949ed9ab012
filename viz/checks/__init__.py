"""run_checks(): every check of the studio over a dataset's working table, as a list of Findings."""
from __future__ import annotations

from typing import Any

from viz.dataset import Dataset
from viz.findings import Finding


def read_after_steps(dataset: Dataset, table: Any) -> Any:
    """The read info the checks use: rows whose extra fields a step put back in place (amounts cut by their
    decimal comma, joined) no longer count as too long; everything else as the file was read."""
    read = dataset.read
    width = read.columns_expected
    if not dataset.steps or not read.ragged_rows or not width or len(table) != len(dataset.original):
        return read
    extra = [c for c in dataset.original.columns[width:]]
    before = (dataset.original[extra] != "").any(axis=1).to_numpy() if extra else None
    if before is None:
        return read
    still = [c for c in extra if c in table.columns]
    after = (table[still] != "").any(axis=1).to_numpy() if still else before & False
    repaired = before & ~after
    import dataclasses
    rows = tuple((r, n) for r, n in read.ragged_rows if not (n > width and repaired[r - 2]))
    return read if len(rows) == len(read.ragged_rows) else dataclasses.replace(read, ragged_rows=rows)


def run_checks(dataset: Dataset, schema: dict[str, Any] | None = None, coords: Any = None) -> list[Finding]:
    """Schema (when given), quality, then coordinate checks, on the working table (original + steps);
    `coords` is a viz.geo.analyse.CoordOptions (None: columns detected, default thresholds)."""
    from viz.checks import quality
    from viz.checks import schema as schema_check
    from viz.checks.quality_facts import build_facts, in_parallel, shared_facts
    table = dataset.working()
    read = read_after_steps(dataset, table)
    findings: list[Finding] = []
    with shared_facts(table):  # schema and quality checks share each column's distinct values
        build_facts(table)  # every check reads every column's facts: built first, two columns at a time
        quality_findings = in_parallel(table, schema is not None, quality.check, table, read)
        if schema is not None:
            from viz.schemas.versions import version_hint
            findings += schema_check.validate(table, schema, read)
            findings += version_hint(schema, [str(c) for c in table.columns])
        findings += quality_findings()
        columns = _coordinate_columns(table, coords)  # detected once, shared with the INSEE-code quality check
    # the column facts are released here: the coordinate checks then have their memory
    if columns is not None:
        import dataclasses

        from viz.checks import coordinates
        from viz.geo.analyse import CoordOptions
        with coordinates.file_rows(dataset.read.header_row):  # title lines counted, as elsewhere
            findings += coordinates.check(table, dataclasses.replace(coords or CoordOptions(), columns=columns))
    if schema is not None:
        _keep_schema_columns(findings, schema)
    return findings


def _coordinate_columns(table: Any, coords: Any) -> Any:
    """The coordinate columns the user chose, else those detected (None: the table has none)."""
    if coords is not None and coords.columns is not None:
        return coords.columns
    from viz.geo.detect import detect
    return detect(table)


def _keep_schema_columns(findings: list[Finding], schema: dict[str, Any]) -> None:
    """An empty column the schema defines must be filled, not deleted: drop that suggested fix."""
    from viz.i18n import t
    fields = {f.get("name") for f in schema.get("fields", []) if isinstance(f, dict)}
    for finding in findings:
        if finding.code == "quality.empty_column" and finding.column in fields and finding.fix is not None:
            finding.fix = None
            finding.message_fr = t("quality.empty_column.schema", "fr", column=finding.column)
            finding.message_en = t("quality.empty_column.schema", "en", column=finding.column)
