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
        "fr": "1. **Importer** un fichier, une adresse web ou un exemple\n2. **Vérifier** le schéma national, la qualité et les **coordonnées**, corriger sur une copie\n3. **Dessiner** un treemap avec regroupement « Autre », les **départements** (barres, carte) et les lieux sur une **carte**\n4. **Exporter** les graphiques (PNG, SVG, HTML), leurs données et la fiche de contextualisation\n5. **Comparer** deux versions avant publication et rejouer les corrections",
        "en": "1. **Import** a file, a web address or a sample\n2. **Check** the national schema, quality and **coordinates**, fix on a copy\n3. **Draw** a treemap grouping small items into “Other”, **départements** (bars, map) and places on a **map**\n4. **Export** the charts (PNG, SVG, HTML), their data and the context sheet\n5. **Compare** two versions before release and replay the fixes",
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
    "word.choose": {"fr": "Choisir…", "en": "Choose…"},
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
