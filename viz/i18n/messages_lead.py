"""Texts added by the lead session: Vérifier following the Coordonnées page's choices."""
MESSAGES = {
    "verify.coords.chosen": {
        "fr": "Coordonnées vérifiées avec les colonnes choisies sur la page Coordonnées : {columns} "
              "(distance à la commune : {km} km).",
        "en": "Coordinates checked with the columns chosen on the Coordinates page: {columns} "
              "(distance to the commune: {km} km).",
    },
}
