"""Texts of the French-everywhere work: schema suggestions that fit, French number widgets."""
MESSAGES = {
    "frenchui.schema.none_fits": {
        "fr": "Aucun schéma du catalogue ne correspond à ce fichier : les contrôles de qualité s'appliquent seuls. "
              "Si ces données suivent un schéma publié, importez-le ci-dessous (fichier JSON ou adresse).",
        "en": "No catalogue schema fits this file: quality checks apply on their own. If these data follow a "
              "published schema, load it below (JSON file or address).",
    },
    "frenchui.schema.suggested": {
        "fr": "{title} (suggéré : {required} champs obligatoires sur {total} présents, {covered} des colonnes "
              "du fichier dans le schéma)",
        "en": "{title} (suggested: {required} of {total} required fields present, {covered} of the file's "
              "columns in the schema)",
    },
    "frenchui.schema.pick_placeholder": {"fr": "Choisissez un schéma", "en": "Choose a schema"},
    "frenchui.st.file_upload": {"fr": "Envoi de fichier", "en": "file upload"},  # the uploader's hidden input
    "frenchui.param.invalid": {
        "fr": "« {value} » n'est pas un nombre : écrivez par exemple 1 000 000 ou 2,5.",
        "en": "“{value}” is not a number: write for example 1,000,000 or 2.5.",
    },
}
