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
        assert facts.sample.to_pylist() == sample_values(table[name]).tolist(), name


def test_kinds_from_the_profile_samples_equal_detect_kinds():
    table = _tall()
    samples = [column_facts(table[c]).sample for c in table.columns]
    assert detect_kinds(table, samples=samples) == detect_kinds(table)
    assert [p.kind for p in profile(table)] == detect_kinds(table)


def test_the_profile_samples_the_kinds_size():
    """The profile takes its kind samples without importing viz.kinds: the same size."""
    import viz.kinds
    import viz.profile
    assert viz.profile.SAMPLE == viz.kinds.SAMPLE


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


def _published_csv(rows: int) -> str:
    """A `;` file as portals publish it: codes with zeros, SIRET, decimal-comma amounts and coordinates,
    accented communes, blanks, placeholders and spaces around values."""
    rng = np.random.default_rng(7)
    communes = ["Saint-Étienne", "Besançon", "L'Haÿ-les-Roses", "Évry", "Non renseigné", "", " Orléans "]
    lines = ["id;siret;code_insee;code_postal;commune;date;montant;latitude;longitude;catégorie;libellé;quantité"]
    for i in range(rows):
        lines.append(";".join([
            str(i + 1), f"{rng.integers(10**13):014d}", ["01053", "2A004", "75056", "NA"][i % 4],
            ["01000", "20000", "75001", " "][i % 4], communes[i % len(communes)], f"2024-0{i % 9 + 1}-1{i % 10}",
            f"{rng.integers(10**6)},{rng.integers(100):02d}", f"{rng.uniform(41, 51):.6f}".replace(".", ","),
            f"{rng.uniform(-5, 9):.6f}".replace(".", ","), ["Association", "EPCI", "Commune", "néant"][i % 4],
            f"Subvention n°{i % 500} « œuvre » – {['été', 'hiver'][i % 2]}", str(rng.integers(1000))]))
    return "\n".join(lines) + "\n"


def test_arrow_profile_equals_pandas_profile(tmp_path):
    """`viz inspect` profiles the pyarrow table as read (no pandas copy): same read, same kinds, counts, examples."""
    from viz.io import load, load_table
    path = tmp_path / "subventions.csv"
    path.write_bytes(_published_csv(12_000).encode("cp1252"))
    table, read = load_table(path)
    assert isinstance(table, pa.Table) and table.num_rows == 12_000
    ds = load(path)
    assert read == ds.read and read.encoding == "cp1252" and read.decimal == ","
    assert profile(table) == profile(ds.original)
    kinds = {p.name: p.kind for p in profile(table)}
    assert (kinds["code_insee"], kinds["commune"], kinds["montant"]) == ("code_insee", "commune", "money")


def test_two_at_a_time_in_memory_order_equals_one_by_one(tmp_path):
    """From a million cells the columns are counted two at a time, few-distinct columns first, each freed once
    counted: the profile is the same, in table order, and the caller's column list is emptied."""
    from viz.io import load, load_table
    from viz.io.transcode import bytes_encoding
    from viz.profile import all_facts
    path = tmp_path / "subventions.csv"
    path.write_bytes(_published_csv(90_000).encode("cp1252"))
    table, _ = load_table(path)
    assert table.num_rows * table.num_columns >= 1_000_000 and bytes_encoding(table) == "cp1252"
    columns = table.columns
    threaded = all_facts(columns, bytes_encoding(table))
    assert columns == []
    one_by_one = [column_facts(c, encoding="cp1252") for c in table.columns]
    assert [(f.missing, f.distinct, f.examples, f.sample.to_pylist()) for f in threaded] == \
        [(f.missing, f.distinct, f.examples, f.sample.to_pylist()) for f in one_by_one]
    assert profile(table) == profile(load(path).original)


def test_arrow_profile_equals_pandas_profile_on_a_real_file(realdata):
    from viz.io import load, load_table
    path = realdata / "reference" / "laposte_hexasmal.csv"
    table, read = load_table(path)
    assert isinstance(table, pa.Table)
    ds = load(path)
    assert read == ds.read
    assert profile(table) == profile(ds.original)


def test_small_or_odd_files_come_as_pandas(tmp_path):
    """Files pyarrow does not read from disk (small, ragged) come back as the Dataset's original."""
    from viz.io import load, load_table
    small = tmp_path / "petit.csv"
    small.write_text("code;nom\n01053;Bourg\n", encoding="utf-8")
    ragged = tmp_path / "ragged.csv"
    ragged.write_bytes((_published_csv(3_000) + "1;2\n").encode("cp1252"))
    for path in (small, ragged):
        table, read = load_table(path)
        assert isinstance(table, pd.DataFrame), path.name
        assert table.equals(load(path).original) and read == load(path).read
        assert profile(table) == profile(load(path).original)


def test_counts_of_long_number_like_columns_equal_a_plain_count():
    """From 100,000 rows, mostly distinct number-like columns are counted by sorted keys: same facts."""
    rng = np.random.default_rng(11)
    n = 120_000
    table = pd.DataFrame({
        "siret": [f"{v:014d}" for v in rng.integers(10**13, size=n)],
        "montant": [f"{a},{b:02d}" for a, b in zip(rng.integers(10**5, size=n), rng.integers(100, size=n))],
        "latitude": [f"{v:.5f}" for v in rng.uniform(41, 51, n)],
        "avec_trous": [f"{v:.4f}" if v > 0.01 else ["", "NA", "-"][int(v * 300) % 3] for v in rng.uniform(0, 1, n)],
    }, dtype="str")
    for name in table.columns:
        facts = column_facts(table[name])
        assert (facts.missing, facts.distinct, facts.examples) == _expected_counts(table[name]), name
        assert facts.sample.to_pylist() == sample_values(table[name]).tolist(), name


def test_kinds_of_some_columns_are_their_kinds_among_all():
    """A column's kind depends on its own sample only: the quick columns' kinds, found first, are the same."""
    from viz.kinds.batch import kinds_of_samples
    table = _tall()
    names = [str(c) for c in table.columns]
    samples = [column_facts(table[c]).sample for c in table.columns]
    whole = kinds_of_samples(names, samples)
    for part in (range(0, len(names), 2), range(1, len(names), 3), [len(names) - 1]):
        assert kinds_of_samples([names[i] for i in part], [samples[i] for i in part]) == [whole[i] for i in part]
    assert whole == detect_kinds(table)
