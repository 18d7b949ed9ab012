"""Texts of comparing two versions of a dataset (page Comparer, python -m viz diff)."""
MESSAGES = {
    "compare.too_wide": {"fr": "Une des versions a {columns} colonnes : la comparaison s'arrête à {limit} colonnes.",
                         "en": "One version has {columns} columns: comparison stops at {limit} columns."},
    "compare.old": {"fr": "ancienne version", "en": "previous version"},
    "compare.new": {"fr": "nouvelle version", "en": "new version"},
    "compare.unreadable": {"fr": "La {side} ne peut pas être lue : {error}",
                           "en": "The {side} cannot be read: {error}"},
    "compare.note.key_missing": {
        "fr": "La clé demandée ({columns}) n'existe pas dans les deux versions : une autre clé a été cherchée.",
        "en": "The requested key ({columns}) is not in both versions: another key was looked for."},
    "compare.note.schema_key_missing": {
        "fr": "La clé primaire du schéma ({columns}) n'existe pas dans les deux versions.",
        "en": "The schema's primary key ({columns}) is not in both versions."},
    "compare.note.no_key": {
        "fr": "Aucune colonne ne sert de clé unique dans les deux versions : les lignes sont appariées sur leur "
              "contenu entier (une ligne modifiée compte comme retirée puis ajoutée).",
        "en": "No column is a unique key in both versions: rows are matched on their whole content (a changed row "
              "counts as removed and added)."},
    "compare.note.no_common": {
        "fr": "Les deux fichiers n'ont aucune colonne en commun : ce sont sans doute deux jeux de données différents.",
        "en": "The two files share no column: they are probably two different datasets."},
    "compare.summary.identical": {"fr": "Les deux versions sont identiques ({rows} lignes).",
                                  "en": "The two versions are identical ({rows} rows)."},
    "compare.summary.added.one": {"fr": "{count} ligne ajoutée", "en": "{count} row added"},
    "compare.summary.added.many": {"fr": "{count} lignes ajoutées", "en": "{count} rows added"},
    "compare.summary.removed.one": {"fr": "{count} retirée", "en": "{count} removed"},
    "compare.summary.removed.many": {"fr": "{count} retirées", "en": "{count} removed"},
    "compare.summary.changed.one": {"fr": "{count} modifiée", "en": "{count} changed"},
    "compare.summary.changed.many": {"fr": "{count} modifiées", "en": "{count} changed"},
    "compare.summary.mostly": {"fr": ", surtout sur `{column}`", "en": ", mostly in `{column}`"},
    "compare.summary.lost_zeros": {"fr": "la colonne `{column}` a perdu ses zéros initiaux sur {count} ligne(s)",
                                   "en": "column `{column}` lost its leading zeros on {count} rows"},
    "compare.summary.renamed": {"fr": "la colonne `{old}` s'appelle désormais `{new}`",
                                "en": "column `{old}` is now called `{new}`"},
    "compare.summary.cols_added": {"fr": "colonnes ajoutées : {columns}", "en": "columns added: {columns}"},
    "compare.summary.cols_removed": {"fr": "colonnes retirées : {columns}", "en": "columns removed: {columns}"},
    "compare.summary.kind": {"fr": "`{column}` est passée de « {old} » à « {new} »",
                             "en": "`{column}` went from “{old}” to “{new}”"},
    "compare.summary.duplicates": {"fr": "{count} lignes ont une clé ({columns}) en double, listées à part",
                                   "en": "{count} rows have a duplicated key ({columns}), listed apart"},
}
