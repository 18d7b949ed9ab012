"""Texts of schema versions: a file whose header follows an older version's column order."""
MESSAGES = {
    "versions.order": {
        "fr": "Ce fichier suit l'ordre des colonnes de la version {best} du schéma « {title} » ({in_place} de ses "
              "{total} colonnes à leur place) mieux que la version {checked} vérifiée ici ({in_place_checked} sur "
              "{total_checked}) : vérifiez-le aussi avec --schema {id} avant de déplacer des colonnes.",
        "en": "This file follows the column order of version {best} of schema “{title}” ({in_place} of its {total} "
              "columns in place) better than version {checked} checked here ({in_place_checked} of "
              "{total_checked}): check it with --schema {id} as well before moving columns.",
    },
}
