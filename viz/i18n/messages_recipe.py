"""Texts of reloading saved steps."""
MESSAGES = {
    "recipe.upload": {"fr": "Recharger des corrections enregistrées (fichier JSON des étapes)",
                      "en": "Reload saved fixes (JSON file of steps)"},
    "recipe.loaded": {"fr": "{count} correction(s) rechargée(s) et appliquée(s) à une copie des données.",
                      "en": "{count} fix(es) reloaded and applied to a copy of the data."},
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
}
