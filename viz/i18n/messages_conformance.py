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
        "fr": "La clé étrangère ({column}) doit reprendre une valeur de « {reference} » : {count} ligne(s) "
              "renvoient à une valeur absente ({rows}).",
        "en": "Foreign key ({column}) must hold a value of “{reference}”: {count} row(s) point to a missing "
              "value ({rows}).",
    },
    "schema.expect.geojson": {"fr": "un objet GeoJSON valide (ex. {{\"type\": \"Point\", \"coordinates\": [2.35, 48.85]}})",
                              "en": "a valid GeoJSON object (e.g. {{\"type\": \"Point\", \"coordinates\": [2.35, 48.85]}})"},
    "schema.expect.topojson": {"fr": "un objet TopoJSON valide", "en": "a valid TopoJSON object"},
}
