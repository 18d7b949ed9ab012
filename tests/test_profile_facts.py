"""The profile's one pass per column gives what the column-by-column path gives: same sample, same kinds, same counts."""
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from tests.test_kinds_batch import _table
from viz.kinds import sample_values
from viz.kinds.batch import detect_kinds
from viz.placeholders import placeholder_mask
from viz.profile import column_facts, profile


def _tall() -> pd.DataFrame:
    """A tall table (sampled: more than 5,000 filled cells) with blanks, placeholders and spaces around values."""
    table = _table(12_000)
    n = len(table)
    table["trous"] = [["", "  ", "NA", " néant ", "n/a", " 13090 ", "04100"][i % 7] for i in range(n)]
    table["commune"] = [["Saint-Étienne", "Lyon", "Non renseigné", "", "Aix-en-Provence"][i % 5] for i in range(n)]
    table["ident"] = [str(i) for i in range(n)]
    return table.astype("str")


def _expected_counts(values: pd.Series) -> tuple[int, int, list[str]]:
    """Missing, distinct and examples counted the plain way, on every cell."""
    arr = pa.array(values, type=pa.large_string())
    stripped = pc.utf8_trim_whitespace(arr)
    empty = np.asarray(pc.equal(stripped, "").to_numpy(zero_copy_only=False), dtype=bool) | placeholder_mask(arr)
    filled = [v for v, e in zip(values.tolist(), empty) if not e]
    firsts = list(dict.fromkeys(filled[:1000]))[:3]
    return int(empty.sum()), len(set(filled)), firsts


def test_samples_equal_sample_values():
    table = _tall()
    for name in table.columns:
        facts = column_facts(table[name])
        assert facts.sample is not None, name
        assert facts.sample.tolist() == sample_values(table[name]).tolist(), name


def test_kinds_from_the_profile_samples_equal_detect_kinds():
    table = _tall()
    samples = [column_facts(table[c]).sample for c in table.columns]
    assert detect_kinds(table, samples=samples) == detect_kinds(table)
    assert [p.kind for p in profile(table)] == detect_kinds(table)


def test_counts_equal_a_plain_count_on_every_cell():
    table = _tall()
    for name in ("trous", "commune", "ident", "na", "vide", "montant"):
        facts = column_facts(table[name])
        assert (facts.missing, facts.distinct, facts.examples) == _expected_counts(table[name]), name


def test_accented_column_keeps_its_kind_and_counts():
    names = ["Saint-Étienne", "Châlons-en-Champagne", "L'Haÿ-les-Roses", "Évry", "  ", "NA"] * 2000
    table = pd.DataFrame({"commune": names}, dtype="str")
    (col,) = profile(table)
    assert col.kind == "commune"
    assert (col.missing, col.distinct) == (4000, 4)
    assert col.examples == ["Saint-Étienne", "Châlons-en-Champagne", "L'Haÿ-les-Roses"]
