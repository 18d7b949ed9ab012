"""Texts of the hostile-input guards: schema shapes, pattern time limits, treemap leftovers, safe exports."""
MESSAGES = {
    # schema shape (viz.checks.schema_shape)
    "safe.schema.unusable": {"fr": "Le schéma « {source} » n'est pas utilisable : {reason}. Corrigez-le puis rechargez-le ; "
                                   "le fichier vérifié n'a pas été modifié.",
                             "en": "Schema “{source}” cannot be used: {reason_en}. Fix it and load it again; "
                                   "the file checked was not changed."},
    "safe.schema.field_prop": {"fr": "champ « {field} », propriété « {prop} » : {why} (ici : {found})",
                               "en": "field “{field}”, property “{prop}”: {why} (found: {found})"},
    "safe.schema.prop": {"fr": "propriété « {prop} » du schéma : {why} (ici : {found})",
                         "en": "schema property “{prop}”: {why} (found: {found})"},
    "safe.schema.too_big": {"fr": "il pèse {size} Mo, au-delà de la limite de {limit} Mo",
                            "en": "it weighs {size} MB, over the {limit} MB limit"},
    "safe.schema.too_deep": {"fr": "il imbrique plus de {limit} niveaux de listes ou d'objets",
                             "en": "it nests more than {limit} levels of lists or objects"},
    "safe.schema.too_many_fields": {"fr": "il déclare {count} champs, au-delà de la limite de {limit}",
                                    "en": "it declares {count} fields, over the {limit} limit"},
    "safe.why.string_list": {"fr": "doit être une liste de textes, par ex. [\"\", \"NA\"]",
                             "en": "must be a list of texts, e.g. [\"\", \"NA\"]"},
    "safe.why.names": {"fr": "doit être un nom de champ ou une liste de noms de champs",
                       "en": "must be a field name or a list of field names"},
    "safe.why.boolean": {"fr": "doit valoir true ou false", "en": "must be true or false"},
    "safe.why.length": {"fr": "doit être un nombre entier positif ou nul", "en": "must be a whole number, zero or more"},
    "safe.why.text": {"fr": "doit être un texte", "en": "must be a text"},
    "safe.why.char": {"fr": "doit être un texte non vide, par ex. « , »", "en": "must be a non-empty text, e.g. “,”"},
    "safe.why.bound": {"fr": "doit être un nombre ou un texte (une date)", "en": "must be a number or a text (a date)"},
    "safe.why.list": {"fr": "doit être une liste de valeurs", "en": "must be a list of values"},
    "safe.why.enum_item": {"fr": "ne doit contenir que des valeurs simples (textes, nombres, booléens)",
                           "en": "must hold plain values only (texts, numbers, booleans)"},
    "safe.why.object": {"fr": "doit être un objet JSON {{…}}", "en": "must be a JSON object {{…}}"},
    "safe.why.object_list": {"fr": "doit être une liste d'objets JSON", "en": "must be a list of JSON objects"},
    "safe.kind.text": {"fr": "un texte", "en": "a text"},
    "safe.kind.empty": {"fr": "un texte vide", "en": "an empty text"},
    "safe.kind.number": {"fr": "un nombre", "en": "a number"},
    "safe.kind.boolean": {"fr": "un booléen", "en": "a boolean"},
    "safe.kind.list": {"fr": "une liste", "en": "a list"},
    "safe.kind.object": {"fr": "un objet", "en": "an object"},
    "safe.kind.null": {"fr": "null", "en": "null"},
    "safe.kind.other": {"fr": "une autre valeur", "en": "another value"},
    # patterns RE2 refuses, run with a time limit (viz.checks.schema_pattern)
    "schema.pattern-timeout": {
        "fr": "Colonne « {column} » : le motif « {pattern} » du schéma (avec anticipation ou référence arrière, que le "
              "moteur rapide refuse) n'a pas pu être vérifié sur {count:n|cellule|cellules} en {seconds} s ; ces cellules ne "
              "sont ni acceptées ni refusées. Simplifiez le motif pour une vérification complète.",
        "en": "Column “{column}”: the schema's pattern “{pattern}” (with lookaround or a backreference, which the fast "
              "engine refuses) could not be checked on {count:n|cell|cells} within {seconds_en} s; these cells are neither "
              "accepted nor refused. Simplify the pattern for a complete check."},
    "finding.schema.pattern-timeout": {"fr": "Motif trop lent pour être vérifié", "en": "Pattern too slow to check"},
    # treemap leftovers (viz.charts.grouping)
    "safe.treemap.too_large": {"fr": "{count:n|valeur trop grande pour être additionnée|valeurs trop grandes pour être additionnées} dans « {column} » (au-delà de {limit})",
                               "en": "{count:n|value|values} too large to be added up in “{column}” (beyond {limit})"},
    "safe.treemap.control_labels": {
        "fr": "{count:n|libellé contenait|libellés contenaient} des caractères de contrôle invisibles, dessinés comme des espaces.",
        "en": "{count:n|label|labels} held invisible control characters, drawn as spaces."},
    # safe table exports (viz.export.tables)
    "safe.export.bad_separator": {"fr": "Séparateur {sep} non proposé pour l'export : choisissez parmi {allowed}.",
                                  "en": "Separator {sep} is not offered for export: choose one of {allowed}."},
    "safe.export.cannot_write": {"fr": "Impossible d'écrire le fichier « {path} » : {error}.",
                                 "en": "Cannot write file “{path}”: {error_en}."},
    "safe.os.no_folder": {"fr": "son dossier n'existe pas", "en": "its folder does not exist"},
    "safe.os.denied": {"fr": "permission refusée", "en": "permission denied"},
    "safe.os.is_folder": {"fr": "c'est un dossier", "en": "it is a folder"},
    "safe.os.full": {"fr": "le disque est plein", "en": "the disk is full"},
    "safe.os.read_only": {"fr": "le disque est en lecture seule", "en": "the disk is read-only"},
    "safe.os.other": {"fr": "erreur du système de fichiers", "en": "file system error"},
    "safe.export.cell_too_long": {
        "fr": "La colonne « {column} » contient à la ligne {row} un texte de plus de {limit} caractères, la limite "
              "d'une cellule de tableur : exportez en CSV, qui garde le texte entier.",
        "en": "Column “{column}” holds at row {row} a text over {limit} characters, a spreadsheet cell's limit: "
              "export as CSV, which keeps the whole text."},
    "safe.export.xlsx_too_big": {
        "fr": "Le tableau ({rows} lignes, {columns} colonnes) dépasse ce qu'une feuille XLSX peut contenir "
              "({max_rows} lignes, {max_columns} colonnes) : exportez en CSV.",
        "en": "The table ({rows} rows, {columns} columns) exceeds what an XLSX sheet holds ({max_rows} rows, "
              "{max_columns} columns): export as CSV."},
    # dates that do not exist (viz.checks.quality_dates)
    "safe.quality.impossible_date": {
        "fr": "Colonne « {column} » : {count:n|date qui n'existe pas|dates qui n'existent pas} au calendrier (jour ou mois impossible, "
              "ex. « {example} »), lignes {first}. Un logiciel les refusera ou les décalera sans le dire ; si le fichier "
              "écrit le mois avant le jour, précisez-le à sa source.",
        "en": "Column “{column}”: {count:n|date that does not exist|dates that do not exist} in the calendar (impossible day or month, "
              "e.g. “{example}”), rows {first}. Software will refuse them or shift them silently; if the file writes "
              "the month before the day, say so at its source."},
    "finding.quality.impossible_date": {"fr": "Dates impossibles", "en": "Impossible dates"},
    # PNG/SVG export when the browser fails (viz.export.images)
    "safe.images.no_start": {
        "fr": "Le navigateur Chromium (« {path} ») n'a pas pu démarrer : l'export PNG/SVG est "
              "impossible pour l'instant. Vérifiez son installation (apt-get install chromium) ; les exports HTML "
              "et CSV fonctionnent sans lui.",
        "en": "The Chromium browser (“{path}”) could not start: PNG/SVG export is not possible "
              "for now. Check its installation (apt-get install chromium); HTML and CSV exports work without it."},
    "safe.images.start_timeout": {
        "fr": "Le navigateur Chromium (« {path} ») n'a pas démarré en {seconds} s : export PNG/SVG abandonné. "
              "Vérifiez son installation (apt-get install chromium) ; les exports HTML et CSV fonctionnent sans lui.",
        "en": "The Chromium browser (“{path}”) did not start within {seconds} s: PNG/SVG export abandoned. Check its "
              "installation (apt-get install chromium); HTML and CSV exports work without it."},
    "safe.images.timeout": {
        "fr": "Le navigateur Chromium n'a pas rendu l'image en {seconds} s : export PNG/SVG abandonné. Réessayez ; "
              "les exports HTML et CSV fonctionnent sans lui.",
        "en": "The Chromium browser did not render the image within {seconds} s: PNG/SVG export abandoned. Try "
              "again; HTML and CSV exports work without it."},
}
