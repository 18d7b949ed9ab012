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
}
