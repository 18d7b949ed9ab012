"""Texts shared by every page: navigation, language, generic words."""
MESSAGES = {
    "app.title": {"fr": "Studio de valorisation des données ouvertes", "en": "Open data valorisation studio"},
    "app.tagline": {
        "fr": "Importer, vérifier, dessiner et exporter un jeu de données ouvertes, sans jamais toucher à l'original.",
        "en": "Import, check, draw and export an open dataset, never touching the original.",
    },
    "app.language": {"fr": "Langue", "en": "Language"},
    "app.journey": {"fr": "Le parcours", "en": "The journey"},
    "app.journey.steps": {
        "fr": "1. **Importer** un fichier ou une adresse · 2. **Vérifier** le schéma et la qualité · 3. **Dessiner** (treemap) · 4. **Exporter**",
        "en": "1. **Import** a file or a URL · 2. **Check** schema and quality · 3. **Draw** (treemap) · 4. **Export**",
    },
    "app.current": {"fr": "Jeu de données chargé", "en": "Loaded dataset"},
    "app.sample": {"fr": "Jeu d'exemple", "en": "Sample dataset"},
    "app.no_dataset": {
        "fr": "Aucun jeu de données chargé : choisissez un exemple ou importez un fichier.",
        "en": "No dataset loaded: pick a sample or import a file.",
    },
    "page.home": {"fr": "Accueil", "en": "Home"},
    "page.import": {"fr": "Importer", "en": "Import"},
    "page.check": {"fr": "Vérifier", "en": "Check"},
    "page.treemap": {"fr": "Treemap", "en": "Treemap"},
    "word.rows": {"fr": "lignes", "en": "rows"},
    "word.columns": {"fr": "colonnes", "en": "columns"},
    "word.download_original": {"fr": "Télécharger le fichier original", "en": "Download the original file"},
    "error.unexpected": {
        "fr": "Une erreur inattendue s'est produite ({error}). Le fichier original n'a pas été modifié.",
        "en": "An unexpected error occurred ({error}). The original file was not changed.",
    },
}
MESSAGES.update({
    "sample.budget": {"fr": "Budget primitif 2025 d'une commune (exemple)", "en": "A town's 2025 budget (sample)"},
    "sample.subventions": {"fr": "Subventions aux associations 2024 (exemple)", "en": "Grants to associations 2024 (sample)"},
    "sample.lieux": {"fr": "Lieux d'inclusion numérique en Provence-Alpes-Côte d'Azur (exemple)",
                     "en": "Digital inclusion places in Provence-Alpes-Côte d'Azur (sample)"},
    "sample.producer": {"fr": "Studio de valorisation (données d'exemple générées)", "en": "Valorisation studio (generated sample data)"},
})
MESSAGES.update({
    "home.format": {"fr": "Format", "en": "Format"},
    "home.go_import": {"fr": "Importer un autre fichier ou regarder les colonnes", "en": "Import another file or look at the columns"},
    "home.open_sample": {"fr": "Ouvrir cet exemple", "en": "Open this sample"},
})
