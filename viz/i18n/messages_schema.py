"""Texts of schema validation (Table Schema, frictionless error names) and of schema loading."""
MESSAGES = {
    # what a cell of each type must look like
    "schema.expect.string": {"fr": "du texte", "en": "text"},
    "schema.expect.email": {"fr": "une adresse électronique valide (ex. contact@mairie.fr)",
                            "en": "a valid email address (e.g. contact@example.org)"},
    "schema.expect.uri": {"fr": "une adresse web complète, avec son protocole (ex. https://www.exemple.fr)",
                          "en": "a full web address with its scheme (e.g. https://www.example.org)"},
    "schema.expect.uuid": {"fr": "un identifiant UUID (ex. 2bc1c94f-0deb-43e9-92a1-4775189ec9f8)",
                           "en": "a UUID (e.g. 2bc1c94f-0deb-43e9-92a1-4775189ec9f8)"},
    "schema.expect.binary": {"fr": "du contenu encodé en base64", "en": "base64-encoded content"},
    "schema.expect.integer": {"fr": "un nombre entier, sans espace ni virgule (ex. 1250)",
                              "en": "a whole number, without spaces or commas (e.g. 1250)"},
    "schema.expect.number": {"fr": "un nombre écrit avec le séparateur décimal « {decimal} »{group} (ex. {example})",
                             "en": "a number written with “{decimal}” as decimal mark{group} (e.g. {example})"},
    "schema.expect.number_group": {"fr": " et « {group} » entre les milliers", "en": " and “{group}” between thousands"},
    "schema.expect.boolean": {"fr": "une des valeurs {values}", "en": "one of the values {values}"},
    "schema.expect.date": {"fr": "une date au format {format} (ex. {example})", "en": "a date in format {format} (e.g. {example})"},
    "schema.expect.datetime": {"fr": "une date et heure au format {format} (ex. {example})",
                               "en": "a date and time in format {format} (e.g. {example})"},
    "schema.expect.time": {"fr": "une heure au format {format} (ex. {example})", "en": "a time in format {format} (e.g. {example})"},
    "schema.expect.year": {"fr": "une année sur 4 chiffres (ex. 2024)", "en": "a 4-digit year (e.g. 2024)"},
    "schema.expect.yearmonth": {"fr": "une année et un mois AAAA-MM (ex. 2024-03)", "en": "a year and month YYYY-MM (e.g. 2024-03)"},
    "schema.expect.geopoint": {"fr": "des coordonnées {format} (longitude puis latitude, ex. {example})",
                               "en": "coordinates {format} (longitude then latitude, e.g. {example})"},
    "schema.expect.array": {"fr": "une liste JSON (ex. [\"a\", \"b\"])", "en": "a JSON list (e.g. [\"a\", \"b\"])"},
    "schema.expect.object": {"fr": "un objet JSON (ex. {{\"clé\": \"valeur\"}})", "en": "a JSON object (e.g. {{\"key\": \"value\"}})"},
    "schema.expect.duration": {"fr": "une durée ISO 8601 (ex. P1Y2M ou PT3H)", "en": "an ISO 8601 duration (e.g. P1Y2M or PT3H)"},
    "schema.expect.list": {"fr": "une liste de valeurs séparées par « {delimiter} »", "en": "a list of values separated by “{delimiter}”"},
    "schema.expect.any": {"fr": "une valeur", "en": "a value"},
    "schema.rows": {"fr": "lignes {rows}", "en": "rows {rows}"},
    "schema.rows_more": {"fr": "lignes {rows} et {more} autres", "en": "rows {rows} and {more} more"},
    "schema.values_one": {"fr": "1 valeur ne correspond pas", "en": "1 value does not match"},
    "schema.values_many": {"fr": "{count} valeurs ne correspondent pas", "en": "{count} values do not match"},
    # findings, one per (code, column, constraint)
    "schema.type-error": {
        "fr": "La colonne « {column} » doit contenir {expected} ; {values} ({rows}), par exemple « {example} ». "
              "Corrigez ces cellules ou videz-les si l'information est inconnue.",
        "en": "Column “{column}” must hold {expected}; {values} ({rows}), e.g. “{example}”. "
              "Fix these cells or empty them when the value is unknown.",
    },
    "schema.constraint-error.required": {
        "fr": "La colonne « {column} » est obligatoire : {count:n|cellule est vide|cellules sont vides} ({rows}). Remplissez-les.",
        "en": "Column “{column}” is required: {count:n|cell is|cells are} empty ({rows}). Fill them in.",
    },
    "schema.constraint-error.pattern": {
        "fr": "La colonne « {column} » doit respecter le motif {pattern}{hint} ; {values} ({rows}), par exemple « {example} ».",
        "en": "Column “{column}” must match the pattern {pattern}{hint}; {values} ({rows}), e.g. “{example}”.",
    },
    "schema.constraint-error.enum": {
        "fr": "La colonne « {column} » n'accepte que les valeurs {allowed} ; {values} ({rows}), par exemple « {example} ». "
              "Vérifiez l'orthographe, les majuscules et les accents.",
        "en": "Column “{column}” only accepts {allowed}; {values} ({rows}), e.g. “{example}”. Check spelling, case and accents.",
    },
    "schema.constraint-error.minLength": {
        "fr": "La colonne « {column} » demande au moins {limit:n|caractère|caractères} ; {values} ({rows}), par exemple « {example} ».",
        "en": "Column “{column}” needs at least {limit:n|character|characters}; {values} ({rows}), e.g. “{example}”.",
    },
    "schema.constraint-error.maxLength": {
        "fr": "La colonne « {column} » accepte au plus {limit:n|caractère|caractères} ; {values} ({rows}), par exemple « {example} ». Raccourcissez ces textes.",
        "en": "Column “{column}” accepts at most {limit:n|character|characters}; {values} ({rows}), e.g. “{example}”. Shorten them.",
    },
    "schema.constraint-error.minimum": {
        "fr": "La colonne « {column} » doit valoir au moins {limit} ; {values} ({rows}), par exemple « {example} ».",
        "en": "Column “{column}” must be at least {limit}; {values} ({rows}), e.g. “{example}”.",
    },
    "schema.constraint-error.maximum": {
        "fr": "La colonne « {column} » doit valoir au plus {limit} ; {values} ({rows}), par exemple « {example} ».",
        "en": "Column “{column}” must be at most {limit}; {values} ({rows}), e.g. “{example}”.",
    },
    "schema.constraint-error.exclusiveMinimum": {
        "fr": "La colonne « {column} » doit être strictement supérieure à {limit} ; {values} ({rows}), par exemple « {example} ».",
        "en": "Column “{column}” must be greater than {limit}; {values} ({rows}), e.g. “{example}”.",
    },
    "schema.constraint-error.exclusiveMaximum": {
        "fr": "La colonne « {column} » doit être strictement inférieure à {limit} ; {values} ({rows}), par exemple « {example} ».",
        "en": "Column “{column}” must be less than {limit}; {values} ({rows}), e.g. “{example}”.",
    },
    "schema.unique-error": {
        "fr": "La colonne « {column} » ne doit pas contenir deux fois la même valeur : {count:n|doublon|doublons} ({rows}), par exemple « {example} ».",
        "en": "Column “{column}” must not repeat a value: {count:n|duplicate|duplicates} ({rows}), e.g. “{example}”.",
    },
    "schema.primary-key": {
        "fr": "La clé primaire ({column}) doit être remplie et unique sur chaque ligne : {count:n|ligne|lignes} en défaut ({rows}).",
        "en": "The primary key ({column}) must be filled and unique on every row: {count:n|row fails|rows fail} ({rows}).",
    },
    "schema.blank-row": {
        "fr": "{count:n|ligne entièrement vide|lignes entièrement vides} ({rows}). Supprimez-les.",
        "en": "{count:n|completely empty row|completely empty rows} ({rows}). Delete them.",
    },
    "schema.missing-cell": {
        "fr": "La colonne « {column} » manque sur {count:n|ligne trop courte|lignes trop courtes} ({rows}) : ces lignes ont moins de cellules que l'en-tête. "
              "Vérifiez le séparateur et les guillemets.",
        "en": "Column “{column}” is missing on {count:n|short row|short rows} ({rows}): they have fewer cells than the header. Check separator and quotes.",
    },
    "schema.extra-cell": {
        "fr": "{count:n|cellule|cellules} en trop, au-delà de la dernière colonne ({rows}). Souvent une virgule décimale ou un séparateur dans un texte sans guillemets.",
        "en": "{count:n|extra cell|extra cells} beyond the last column ({rows}). Often a decimal comma or a separator inside unquoted text.",
    },
    "schema.missing-label": {
        "fr": "La colonne « {column} » attendue par le schéma (n° {number}) est absente du fichier. Ajoutez-la, même vide.",
        "en": "Column “{column}” required by the schema (no. {number}) is absent from the file. Add it, even empty.",
    },
    "schema.extra-label": {
        "fr": "La colonne « {column} » (n° {number}) n'existe pas dans le schéma. Supprimez-la ou renommez-la.",
        "en": "Column “{column}” (no. {number}) is not in the schema. Remove or rename it.",
    },
    "schema.incorrect-label": {
        "fr": "La colonne n° {number} s'appelle « {label} » alors que le schéma attend « {column} » à cette place. "
              "Renommez-la ou remettez les colonnes dans l'ordre du schéma.",
        "en": "Column no. {number} is named “{label}” where the schema expects “{column}”. Rename it or put the columns in the schema's order.",
    },
    "schema.blank-label": {
        "fr": "La colonne n° {number} n'a pas de nom ; le schéma attend « {column} ».",
        "en": "Column no. {number} has no name; the schema expects “{column}”.",
    },
    "schema.duplicate-label": {
        "fr": "La colonne n° {number} porte le même nom « {label} » qu'une colonne précédente ; le schéma attend « {column} ».",
        "en": "Column no. {number} repeats the name “{label}” of an earlier column; the schema expects “{column}”.",
    },
    "schema.unmatched-header": {
        "fr": "Aucune colonne du fichier ne porte un nom du schéma « {title} » (le fichier a {found}, le schéma attend {expected}). "
              "Ce n'est sans doute pas le bon schéma, ou l'en-tête n'est pas sur la première ligne.",
        "en": "No column of the file has a name of schema “{title}” (file has {found}, schema expects {expected}). "
              "It is probably the wrong schema, or the header is not on the first line.",
    },
    "schema.invalid-pattern": {
        "fr": "Le motif de la colonne « {column} » dans le schéma est invalide ({error}) : cette contrainte n'a pas été vérifiée.",
        "en": "The pattern of column “{column}” in the schema is invalid ({error}): this constraint was not checked.",
    },
    "schema.unsupported": {
        "fr": "Non vérifié par le studio : {features}. Utilisez validata.fr ou frictionless pour ces règles.",
        "en": "Not checked by the studio: {features}. Use validata.fr or frictionless for these rules.",
    },
    # loading a schema
    "schema.load.invalid_json": {"fr": "Le schéma « {source} » n'est pas un JSON valide (ligne {line}, colonne {col}) : {error}.",
                                 "en": "Schema “{source}” is not valid JSON (line {line}, column {col}): {error}."},
    "schema.load.not_table_schema": {
        "fr": "« {source} » n'est pas un Table Schema : {reason}.",
        "en": "“{source}” is not a Table Schema: {reason}.",
    },
    "schema.load.not_found": {
        "fr": "Schéma introuvable : « {source} » n'est ni un fichier, ni une adresse http(s), ni un schéma du catalogue ({ids}).",
        "en": "Schema not found: “{source}” is neither a file, an http(s) address nor a catalogue schema ({ids}).",
    },
    "schema.load.url": {"fr": "Impossible de télécharger le schéma {source} : {error}", "en": "Cannot download schema {source}: {error}"},
    "schema.reason.no_fields": {"fr": "il n'a pas de liste « fields »", "en": "it has no “fields” list"},
    "schema.reason.field_name": {"fr": "le champ n° {number} n'a pas de nom", "en": "field no. {number} has no name"},
    "schema.reason.not_object": {"fr": "ce n'est pas un objet JSON", "en": "it is not a JSON object"},
    "schema.reason.duplicate_field": {"fr": "le champ « {name} » est déclaré deux fois", "en": "field “{name}” is declared twice"},
    "schema.reason.bad_type": {"fr": "le champ « {name} » a un type inconnu « {type} »", "en": "field “{name}” has an unknown type “{type}”"},
    # the check command
    "check.summary_ok": {"fr": "{rows} lignes vérifiées : aucune erreur ({warnings:n|avertissement|avertissements}, {infos:n|information|informations}).",
                         "en": "{rows} rows checked: no error ({warnings:n|warning|warnings}, {infos:n|note|notes})."},
    "check.summary_errors": {"fr": "{rows} lignes vérifiées : {errors:n|problème bloquant|problèmes bloquants}, {warnings:n|avertissement|avertissements}, {infos:n|information|informations}.",
                             "en": "{rows} rows checked: {errors:n|blocking problem|blocking problems}, {warnings:n|warning|warnings}, {infos:n|note|notes}."},
}
