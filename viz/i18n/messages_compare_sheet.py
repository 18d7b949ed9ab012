"""Texts of the comparison in the context sheet, and of the Comparer page's schema picker (helper diff2)."""
MESSAGES = {
    "compare.sheet.heading": {"fr": "Ce qui a changé depuis la version précédente",
                              "en": "What changed since the previous version"},
    "compare.sheet.versions": {
        "fr": "Version précédente : {previous} ({old:n|ligne|lignes}) ; cette version : {new:n|ligne|lignes}.",
        "en": "Previous version: {previous} ({old:n|row|rows}); this version: {new:n|row|rows}."},
    "compare.sheet.key": {"fr": "Lignes appariées sur : {columns}.", "en": "Rows matched on: {columns}."},
    "compare.sheet.whole_row": {"fr": "la ligne entière (aucune clé unique)", "en": "the whole row (no unique key)"},
    "compare.sheet.rows": {"fr": "Lignes ajoutées : {added} ; retirées : {removed} ; modifiées : {changed}.",
                           "en": "Rows added: {added}; removed: {removed}; changed: {changed}."},
    "compare.sheet.set_apart": {"fr": "Lignes mises à part — clé en double : {duplicates} ; clé vide : {missing}.",
                                "en": "Rows set apart — duplicated key: {duplicates}; empty key: {missing}."},
    "compare.sheet.columns": {
        "fr": "Colonnes ajoutées : {added} ; retirées : {removed} ; renommées : {renamed} ; de nature changée : {kind}.",
        "en": "Columns: {added} added, {removed} removed, {renamed} renamed, {kind} whose kind changed."},
    "compare.sheet.cols_added": {"fr": "Colonnes ajoutées : {columns}.", "en": "Columns added: {columns}."},
    "compare.sheet.cols_removed": {"fr": "Colonnes retirées : {columns}.", "en": "Columns removed: {columns}."},
    "compare.sheet.cols_renamed": {"fr": "Colonnes renommées : {columns}.", "en": "Columns renamed: {columns}."},
    "compare.sheet.cols_kind": {"fr": "Nature changée : {columns}.", "en": "Kind changed: {columns}."},
    "compare.sheet.kind_item": {"fr": "{column} ({old} → {new})", "en": "{column} ({old} → {new})"},
    "compare.sheet.top": {"fr": "Colonnes les plus modifiées (cellules) : {columns}.",
                          "en": "Columns changed most (cells): {columns}."},
    "compare.sheet.top_item": {"fr": "{column} ({count})", "en": "{column} ({count})"},
    "compare.sheet.total": {"fr": "Total de {column} : {old} → {new}.", "en": "Total of {column}: {old} → {new}."},
    "compare.sheet.schema": {
        "fr": "Schéma, groupes d'erreurs nouveaux : {new_errors} ({new_cells:n|cellule|cellules}) ; corrigés : {fixed} "
              "({fixed_cells:n|cellule|cellules}) ; toujours là : {still} — version précédente : {old_verdict} ; "
              "cette version : {new_verdict}.",
        "en": "Schema, new error groups: {new_errors} ({new_cells:n|cell|cells}); fixed: {fixed} ({fixed_cells:n|cell|cells}); "
              "still there: {still} — previous version: {old_verdict}; this version: {new_verdict}."},
    "compare.sheet.valid": {"fr": "valide", "en": "valid"},
    "compare.sheet.errors": {"fr": "cellules en erreur : {count}", "en": "cells in error: {count}"},
    "compare.sheet.cli_unreadable": {"fr": "La version précédente (--compare) ne peut pas être lue : {error}",
                                     "en": "The previous version (--compare) cannot be read: {error}"},
    "compare.sheet.page.add": {"fr": "Ajouter la comparaison avec la version précédente",
                               "en": "Add the comparison with the previous version"},
    "compare.sheet.page.other_file": {
        "fr": "La comparaison faite sur la page Comparer porte sur « {new} », pas sur le fichier de la session "
              "(« {current} ») : cochez seulement si c'est bien le même jeu de données.",
        "en": "The comparison made on the Compare page is about “{new}”, not the session's file (“{current}”): "
              "tick only if it is the same dataset."},
    "compare.page.running": {"fr": "Comparaison des deux versions…", "en": "Comparing both versions…"},
    "compare.page.schema": {"fr": "Schéma à vérifier sur les deux versions", "en": "Schema to check on both versions"},
    "compare.page.schema.none": {"fr": "aucun", "en": "none"},
    "compare.page.schema.catalogue": {"fr": "catalogue", "en": "catalogue"},
    "compare.page.schema.upload": {"fr": "fichier JSON", "en": "JSON file"},
    "compare.page.schema.pick": {"fr": "Schéma du catalogue", "en": "Catalogue schema"},
    "compare.page.schema.file": {"fr": "Table Schema (JSON)", "en": "Table Schema (JSON)"},
    "compare.page.schema.title": {"fr": "Validation par le schéma", "en": "Schema validation"},
    "compare.page.schema.side_valid": {"fr": "valide", "en": "valid"},
    "compare.page.schema.side_errors": {"fr": "cellules en erreur : {count}", "en": "cells in error: {count}"},
    "compare.page.schema.new_errors": {"fr": "Erreurs nouvelles", "en": "New errors"},
    "compare.page.schema.fixed": {"fr": "Erreurs corrigées", "en": "Errors fixed"},
    "compare.page.schema.still": {"fr": "Erreurs toujours là", "en": "Errors still there"},
    "compare.page.schema.none_found": {"fr": "aucune", "en": "none"},
    "compare.page.schema.col.code": {"fr": "erreur", "en": "error"},
    "compare.page.schema.col.column": {"fr": "colonne", "en": "column"},
    "compare.page.schema.col.constraint": {"fr": "contrainte", "en": "constraint"},
    "compare.page.schema.col.count": {"fr": "cellules", "en": "cells"},
    "compare.page.schema.col.old": {"fr": "cellules avant", "en": "cells before"},
    "compare.page.schema.col.new": {"fr": "cellules maintenant", "en": "cells now"},
}
