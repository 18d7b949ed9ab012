"""Texts of the Table Schema rules added for conformance: schema errors, foreign keys, GeoJSON, versions."""
MESSAGES = {
    "schema.field-error": {
        "fr": "Schéma invalide : la contrainte « {rule} » du champ « {column} » ne s'applique pas au type "
              "« {type} » (la spécification Table Schema la réserve à {allowed}). Elle n'est pas vérifiée ; "
              "corrigez le schéma.",
        "en": "Invalid schema: constraint “{rule}” of field “{column}” does not apply to type “{type}” "
              "(Table Schema allows it on {allowed}). It is not checked; fix the schema.",
    },
    "schema.foreign-key": {
        "fr": "La clé étrangère ({column}) doit reprendre une valeur de « {reference} » : {count:n|ligne renvoie|lignes renvoient} "
              "à une valeur absente ({rows}).",
        "en": "Foreign key ({column}) must hold a value of “{reference}”: {count:n|row points|rows point} to a missing "
              "value ({rows}).",
    },
    "schema.expect.geojson": {"fr": "un objet GeoJSON valide (ex. {{\"type\": \"Point\", \"coordinates\": [2.35, 48.85]}})",
                              "en": "a valid GeoJSON object (e.g. {{\"type\": \"Point\", \"coordinates\": [2.35, 48.85]}})"},
    "schema.expect.topojson": {"fr": "un objet TopoJSON valide", "en": "a valid TopoJSON object"},
    "schema.position_note": {
        "fr": "Attention : à la place n° {number}, où le schéma attend « {field} », le fichier a la colonne « {label} » ; "
              "ce sont les cellules de « {label} » qui sont lues ici.{elsewhere}",
        "en": "Note: at position {number}, where the schema expects “{field}”, the file has column “{label}”; "
              "the cells read here are those of “{label}”.{elsewhere}",
    },
    "schema.position_elsewhere": {
        "fr": " La colonne « {field} » du fichier est la n° {other} : remettez les colonnes dans l'ordre du schéma "
              "ou déclarez « fieldsMatch »: « equal » dans le schéma.",
        "en": " The file's column “{field}” is no. {other}: put the columns in the schema's order or declare "
              "“fieldsMatch”: “equal” in the schema.",
    },
    "schema.version": {
        "fr": "Ce fichier suit la version {best} du schéma « {title} » ({found} de ses {total} colonnes sont dans "
              "l'en-tête) mieux que la version {checked} vérifiée ici ({found_checked} sur {total_checked}) : "
              "vérifiez-le aussi avec --schema {id} avant de corriger des colonnes renommées ou déplacées.",
        "en": "This file follows version {best} of schema “{title}” ({found} of its {total} columns are in the header) "
              "better than version {checked} checked here ({found_checked} of {total_checked}): check it with "
              "--schema {id} as well before fixing renamed or moved columns.",
    },
    "verify.schema.version": {
        "fr": "Version du schéma (la plus proche de l'en-tête du fichier en premier)",
        "en": "Schema version (the closest to the file's header first)",
    },
}
