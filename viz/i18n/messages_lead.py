"""Texts added by the lead session: Vérifier following the Coordonnées page's choices."""
MESSAGES = {
    "verify.coords.chosen": {
        "fr": "Coordonnées vérifiées avec les colonnes choisies sur la page Coordonnées : {columns} "
              "(distance à la commune : {km} km).",
        "en": "Coordinates checked with the columns chosen on the Coordinates page: {columns} "
              "(distance to the commune: {km} km).",
    },
    "oserror.file": {
        "fr": "impossible d'utiliser le fichier « {path} » : {reason}. Le fichier original n'a pas été modifié.",
        "en": "cannot use the file “{path}”: {reason}. The original file was not modified.",
    },
    "oserror.enoent": {"fr": "le dossier ou le fichier n'existe pas", "en": "the folder or file does not exist"},
    "oserror.eacces": {"fr": "accès refusé (droits insuffisants)", "en": "permission denied"},
    "oserror.enospc": {"fr": "le disque est plein", "en": "the disk is full"},
    "oserror.erofs": {"fr": "le disque est en lecture seule", "en": "the disk is read-only"},
    "oserror.eisdir": {"fr": "c'est un dossier, pas un fichier", "en": "it is a folder, not a file"},
    "oserror.enotdir": {"fr": "une partie du chemin n'est pas un dossier", "en": "part of the path is not a folder"},
    "oserror.toolong": {"fr": "le nom est trop long", "en": "the name is too long"},
    "oserror.other": {"fr": "erreur du système ({detail})", "en": "system error ({detail})"},
    "bulkfix.held_back": {
        "fr": "Non compris : {words} dans {columns}. Ces mentions veulent souvent dire « fermé » ou « aucun », "
              "pas « inconnu » : voyez-les une par une plus bas avant de les vider.",
        "en": "Not included: {words} in {columns}. These often mean “closed” or “none”, not “unknown”: review them "
              "one by one below before emptying them.",
    },
    "treemap.budget.mixed": {
        "fr": "Attention : recettes et dépenses sont additionnées ici (colonne « {column} ») ; le total mêle ce que "
              "la collectivité reçoit et ce qu'elle dépense. Filtrez sur une seule valeur de « {column} ».",
        "en": "Warning: revenue and spending are summed here (column “{column}”); the total mixes what the authority "
              "receives and what it spends. Filter on one value of “{column}”.",
    },
    "home.preview": {"fr": "Aperçu : la treemap proposée pour ce fichier",
                     "en": "Preview: the treemap suggested for this file"},
    "home.preview.link": {"fr": "La régler et l'exporter (page Treemap)", "en": "Adjust and export it (Treemap page)"},
}
