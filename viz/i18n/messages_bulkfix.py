"""Safe fixes in bulk on the Vérifier page (viz.bulkfix), and plural-agreeing counts of that page."""
MESSAGES = {
    "bulkfix.title": {"fr": "Corrections sûres", "en": "Safe fixes"},
    "bulkfix.intro": {
        "fr": "Ces corrections ne changent que l'écriture des cellules, jamais leur sens : espaces en trop retirés, "
              "zéros initiaux remis aux codes (INSEE, postaux, SIRET…), nombres réécrits avec un point décimal, "
              "mentions comme « NC » ou « N/A » vidées. Chacune devient une étape que vous pouvez annuler seule ; "
              "le fichier d'origine reste intact et téléchargeable. Les corrections qui changent le sens (fusionner "
              "des orthographes, supprimer des lignes ou des colonnes, déplacer des coordonnées) restent à faire une "
              "par une plus bas.",
        "en": "These fixes only change how cells are written, never what they mean: stray spaces removed, leading "
              "zeros restored in codes (INSEE, postal, SIRET…), numbers rewritten with a dot decimal, entries such as "
              "“NC” or “N/A” emptied. Each one becomes a step you can undo on its own; the original file stays "
              "untouched and downloadable. Fixes that change meaning (merging spellings, dropping rows or columns, "
              "moving coordinates) stay one by one below.",
    },
    "bulkfix.offer": {"fr": "{fixes:n|correction sûre possible|corrections sûres possibles} : "
                            "{cells:n|cellule|cellules} dans {columns:n|colonne|colonnes}.",
                      "en": "{fixes:n|safe fix|safe fixes} available: {cells:n|cell|cells} in {columns:n|column|columns}."},
    "bulkfix.preview": {"fr": "Voir ce qui change avant d'appliquer", "en": "See what changes before applying"},
    "bulkfix.examples": {"fr": "Exemples (avant → après, trois au plus par correction ; « ␣ » montre un espace) :",
                         "en": "Examples (before → after, three at most per fix; “␣” shows a space):"},
    "bulkfix.apply": {"fr": "Appliquer les corrections sûres", "en": "Apply the safe fixes"},
    "bulkfix.done": {"fr": "{fixes:n|correction appliquée|corrections appliquées} : {cells:n|cellule modifiée|cellules "
                           "modifiées} dans {columns:n|colonne|colonnes}. Chacune est une étape que vous pouvez "
                           "annuler seule (« Corrections appliquées », plus bas) ; le fichier d'origine n'a pas changé.",
                     "en": "{fixes:n|fix applied|fixes applied}: {cells:n|cell changed|cells changed} in "
                           "{columns:n|column|columns}. Each one is a step you can undo on its own (“Fixes applied”, "
                           "below); the original file has not changed."},
    "bulkfix.done_short": {"fr": "{fixes:n|correction appliquée|corrections appliquées} : {cells:n|cellule modifiée|"
                                 "cellules modifiées} dans {columns:n|colonne|colonnes}.",
                           "en": "{fixes:n|fix applied|fixes applied}: {cells:n|cell changed|cells changed} in "
                                 "{columns:n|column|columns}."},
    "bulkfix.none": {"fr": "Aucune correction sûre à proposer : ce qui reste demande votre avis, une par une.",
                     "en": "No safe fix to offer: what is left needs your judgement, one by one."},
    "bulkfix.col.column": {"fr": "Colonne", "en": "Column"},
    "bulkfix.col.fix": {"fr": "Correction", "en": "Fix"},
    "bulkfix.col.cells": {"fr": "Cellules modifiées", "en": "Cells changed"},
    "bulkfix.col.row": {"fr": "Ligne", "en": "Row"},
    "bulkfix.col.before": {"fr": "Avant", "en": "Before"},
    "bulkfix.col.after": {"fr": "Après", "en": "After"},
    "bulkfix.cell": {"fr": "cellule", "en": "cell"},
    "bulkfix.cells": {"fr": "cellules", "en": "cells"},
    "bulkfix.empty": {"fr": "(vide)", "en": "(empty)"},
    "bulkfix.op.strip_spaces": {"fr": "Espaces en trop retirés", "en": "Stray spaces removed"},
    "bulkfix.op.blank_placeholders": {"fr": "Mentions « pas de valeur » vidées", "en": "“No value” entries emptied"},
    "bulkfix.op.restore_leading_zeros": {"fr": "Zéros initiaux remis", "en": "Leading zeros restored"},
    "bulkfix.op.normalise_number": {"fr": "Nombres réécrits (point décimal)", "en": "Numbers rewritten (dot decimal)"},
    "bulkfix.undo_one": {"fr": "Annuler", "en": "Undo"},
    "bulkfix.undo_one_help": {"fr": "Annuler cette étape seulement : les autres restent appliquées.",
                              "en": "Undo this step only: the others stay applied."},
    "bulkfix.done_detail": {"fr": "Ce qui a été modifié, par colonne", "en": "What was changed, by column"},
    "bulkfix.undone": {"fr": "Étape annulée : {label}.", "en": "Step undone: {label}."},
    "bulkfix.undo_refused": {"fr": "L'étape « {label} » est gardée : une étape suivante en a besoin ({error}). "
                                   "Annulez d'abord les étapes qui la suivent.",
                             "en": "Step “{label}” is kept: a later step needs it ({error}). Undo the steps after it first."},
    "bulkfix.code": {"fr": "code : {code}", "en": "code: {code}"},
}
