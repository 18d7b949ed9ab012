"""Texts of reloading saved steps."""
MESSAGES = {
    "recipe.upload": {"fr": "Recharger des corrections enregistrées (fichier JSON des étapes)",
                      "en": "Reload saved fixes (JSON file of steps)"},
    "recipe.loaded": {"fr": "{count:n|correction rechargée et appliquée|corrections rechargées et appliquées} à une copie des données.",
                      "en": "{count:n|fix|fixes} reloaded and applied to a copy of the data."},
    "recipe.not_json": {"fr": "Ce fichier n'est pas un JSON lisible ({error}).", "en": "This file is not readable JSON ({error})."},
    "recipe.not_steps": {
        "fr": "Ce JSON ne contient pas de liste d'étapes (attendu : le fichier « étapes » téléchargé depuis cette page).",
        "en": "This JSON holds no list of steps (expected: the « steps » file downloaded from this page)."},
    "recipe.unknown_op": {"fr": "Étape {step} : opération inconnue « {op} ».", "en": "Step {step}: unknown operation “{op}”."},
    "recipe.bad_step": {"fr": "Étape {step} : impossible de l'appliquer ({error}).", "en": "Step {step}: cannot be applied ({error})."},
    "recipe.missing_column": {
        "fr": "Étape {step} : la colonne « {column} » n'existe pas dans ces données. Ces corrections ont été faites sur un autre fichier ?",
        "en": "Step {step}: column “{column}” does not exist in this data. Were these fixes made on another file?"},
    "recipe.missing_rows": {
        "fr": "Étape {step} : elle vise des lignes au-delà des {rows} lignes de ces données.",
        "en": "Step {step}: it targets rows beyond the {rows} rows of this data."},
    "recipe.too_large": {
        "fr": "Ce fichier d'étapes pèse {size} Mo : au-delà de {limit} Mo, il n'est pas lu.",
        "en": "This steps file weighs {size} MB: beyond {limit} MB it is not read."},
    "recipe.too_many": {
        "fr": "Ce fichier contient {count} étapes : une recette en compte au plus {limit}. Rien n'a été appliqué.",
        "en": "This file holds {count} steps: a recipe holds at most {limit}. Nothing was applied."},
    "recipe.too_deep": {
        "fr": "Ce fichier d'étapes est imbriqué trop profondément pour être lu (au plus {limit} niveaux par étape).",
        "en": "This steps file is nested too deeply to be read (at most {limit} levels per step)."},
    "recipe.step_too_deep": {
        "fr": "Étape {step} : ses paramètres sont imbriqués sur plus de {limit} niveaux.",
        "en": "Step {step}: its parameters are nested more than {limit} levels deep."},
    "recipe.outcome.applied": {"fr": "Étape {step} ({label}) : appliquée, {rows:n|ligne concernée|lignes concernées}.",
                               "en": "Step {step} ({label}): applied, {rows:n|row|rows} concerned."},
    "recipe.outcome.skipped": {"fr": "Étape {step} ({label}) : non appliquée — {why}",
                               "en": "Step {step} ({label}): not applied — {why}"},
    "recipe.skip.column": {"fr": "la colonne « {column} » n'existe pas dans cette version.",
                           "en": "column “{column}” does not exist in this version."},
    "recipe.skip.positions": {
        "fr": "elle vise des lignes par leur position dans le fichier d'origine, qui ne désignent pas les mêmes lignes ici.",
        "en": "it targets rows by their position in the original file, which are not the same rows here."},
    "recipe.skip.rows": {"fr": "elle vise des lignes au-delà des {rows} lignes de cette version.",
                         "en": "it targets rows beyond the {rows} rows of this version."},
    "recipe.skip.key_column": {"fr": "la colonne clé « {column} » n'existe pas dans cette version.",
                               "en": "key column “{column}” does not exist in this version."},
    "recipe.skip.keys_absent": {
        "fr": "{absent} des {total} lignes visées (clé « {column} ») n'existent plus dans cette version.",
        "en": "{absent} of the {total} rows targeted (key “{column}”) no longer exist in this version."},
    "recipe.skip.keys_repeated": {
        "fr": "la clé « {column} » se répète dans cette version : les lignes visées ne sont plus désignées sans ambiguïté.",
        "en": "key “{column}” repeats in this version: the rows targeted are no longer designated unambiguously."},
    "recipe.skip.error": {"fr": "elle ne s'applique pas à ces données ({error}).",
                          "en": "it does not apply to this data ({error})."},
    "recipe.report.title": {"fr": "Recette rejouée sur une autre version du fichier : {applied:n|étape appliquée|étapes appliquées} sur {total}.",
                            "en": "Recipe replayed on another version of the file: {applied} of {total:n|step|steps} applied."},
}
