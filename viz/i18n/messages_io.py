"""Texts of the import step: reader errors (what and where) and notes."""
MESSAGES = {
    "io.empty": {"fr": "Le fichier est vide : il ne contient aucune donnée.", "en": "The file is empty: it holds no data."},
    "io.not_found": {"fr": "Fichier introuvable : {path}", "en": "File not found: {path}"},
    "io.is_dir": {"fr": "{path} est un dossier, pas un fichier.", "en": "{path} is a folder, not a file."},
    "io.too_big": {
        "fr": "Le fichier pèse {size_mb} Mo, au-delà de la limite de {max_mb} Mo du studio. Découpez-le, ou, pour un CSV, "
              "vérifiez-le en ligne de commande, qui le lit par morceaux sans le charger en mémoire : "
              "python -m viz check FICHIER.csv (et python -m viz inspect FICHIER.csv).",
        "en": "The file weighs {size_mb} MB, over the studio's {max_mb} MB limit. Split it, or, for a CSV, check it on "
              "the command line, which reads it in chunks without loading it in memory: python -m viz check FILE.csv "
              "(and python -m viz inspect FILE.csv).",
    },
    "io.binary": {
        "fr": "« {filename} » n'est pas un fichier de données texte : son contenu est de type « {kind} ». Exportez vos données en CSV, XLSX, ODS, JSON ou GeoJSON.",
        "en": "“{filename}” is not a text data file: it is a {kind}. Export your data as CSV, XLSX, ODS, JSON or GeoJSON.",
    },
    "io.html": {
        "fr": "« {filename} » est une page web (HTML), pas un fichier de données. Cherchez le lien de téléchargement du fichier lui-même.",
        "en": "“{filename}” is a web page (HTML), not a data file. Look for the download link of the file itself.",
    },
    "io.zip_unsupported": {
        "fr": "« {filename} » est une archive ZIP : décompressez-la et importez le fichier de données qu'elle contient.",
        "en": "“{filename}” is a ZIP archive: unzip it and import the data file inside.",
    },
    "io.xls_old": {
        "fr": "« {filename} » est un classeur Excel ancien format (.xls) : enregistrez-le en .xlsx ou .csv.",
        "en": "“{filename}” is an old Excel workbook (.xls): save it as .xlsx or .csv.",
    },
    "io.csv.bad_encoding": {"fr": "Encodage inconnu : « {encoding} ».", "en": "Unknown encoding: “{encoding}”."},
    "io.csv.no_header": {
        "fr": "Ligne {line} : aucun nom de colonne trouvé. La première ligne doit contenir les noms des colonnes.",
        "en": "Line {line}: no column names found. The first line must hold the column names.",
    },
    "io.csv.malformed": {
        "fr": "Ligne {line} : le fichier CSV est mal formé ({error}).",
        "en": "Line {line}: the CSV file is malformed ({error}).",
    },
    "io.note.mixed_encoding": {
        "fr": "Encodage mixte : certaines lignes sont en UTF-8, d'autres en Windows-1252. Chaque ligne a été décodée avec le bon encodage.",
        "en": "Mixed encoding: some lines are UTF-8, others Windows-1252. Each line was decoded with its own encoding.",
    },
    "io.note.header_row": {
        "fr": "Les noms de colonnes sont sur la ligne {row} : les lignes au-dessus (titre) ont été ignorées.",
        "en": "Column names are on line {row}: the lines above (title) were skipped.",
    },
    "io.note.ragged": {
        "fr": "{count:n|ligne n'a|lignes n'ont} pas le même nombre de champs que l'en-tête (ligne {row} : {fields:n|champ|champs} au lieu de {expected}). Rien n'a été perdu : les champs en trop vont dans des colonnes supplémentaires, les cellules manquantes restent vides.",
        "en": "{count:n|row does|rows do} not have as many fields as the header (row {row}: {fields:n|field|fields} instead of {expected}). Nothing was lost: extra fields go to extra columns, missing cells stay empty.",
    },
    "io.note.header_only": {
        "fr": "Le fichier ne contient que la ligne d'en-tête : aucune ligne de données.",
        "en": "The file holds only the header line: no data rows.",
    },
}
MESSAGES.update({
    "io.sheet.empty": {"fr": "La feuille « {sheet} » est vide.", "en": "Sheet “{sheet}” is empty."},
    "io.sheet.none": {"fr": "Le classeur ne contient aucune feuille.", "en": "The workbook has no sheet."},
    "io.sheet.unknown": {"fr": "Le classeur n'a pas de feuille « {sheet} ». Feuilles disponibles : {sheets}.",
                         "en": "The workbook has no sheet “{sheet}”. Available sheets: {sheets}."},
    "io.sheet.broken": {"fr": "Le classeur est endommagé ou n'est pas un vrai fichier XLSX/ODS ({error}).",
                        "en": "The workbook is damaged or not a real XLSX/ODS file ({error})."},
    "io.json.malformed": {"fr": "JSON mal formé ligne {line}, colonne {col} : {error}.",
                          "en": "Malformed JSON at line {line}, column {col}: {error}."},
    "io.json.too_deep": {"fr": "Le JSON est imbriqué trop profondément pour être lu.", "en": "The JSON is nested too deeply to be read."},
    "io.json.no_records": {
        "fr": "Aucune liste d'enregistrements trouvée dans ce JSON (attendu : une liste d'objets, ou une clé « data », « records » ou « results »).",
        "en": "No list of records found in this JSON (expected: a list of objects, or a “data”, “records” or “results” key)."},
    "io.json.not_object": {"fr": "L'enregistrement n° {index} du JSON n'est pas un objet {{clé: valeur}}.",
                           "en": "Record #{index} of the JSON is not a {{key: value}} object."},
    "io.geojson.not_collection": {"fr": "Ce GeoJSON n'est ni une FeatureCollection ni une Feature.",
                                  "en": "This GeoJSON is neither a FeatureCollection nor a Feature."},
    "io.note.json_key": {"fr": "Les enregistrements ont été lus dans la clé « {key} » du JSON.",
                         "en": "Records were read from the “{key}” key of the JSON."},
    "io.note.geojson": {"fr": "{count:n|entité lue|entités lues} ; les coordonnées des points sont dans les colonnes « {lon} » et « {lat} ».",
                        "en": "{count:n|feature|features} read; point coordinates are in columns “{lon}” and “{lat}”."},
    "io.note.geojson_centroid": {"fr": "Certaines géométries ne sont pas des points : leur centre approximatif a été utilisé.",
                                 "en": "Some geometries are not points: their approximate centre was used."},
    "io.xml.forbidden": {
        "fr": "Ce fichier XML contient des déclarations d'entités ou une DTD ({error}) : il est refusé par sécurité (risque de « bombe XML »).",
        "en": "This XML file contains entity declarations or a DTD ({error}): it is refused for safety (“XML bomb” risk)."},
    "io.xml.malformed": {"fr": "XML mal formé ligne {line}, colonne {col}.", "en": "Malformed XML at line {line}, column {col}."},
    "io.xml.not_budget": {
        "fr": "Ce fichier XML n'est pas un budget au format des comptes publics : son élément principal est « {root} » au lieu de « DocumentBudgetaire ».",
        "en": "This XML file is not a budget in the public accounts' format: its main element is “{root}” instead of “DocumentBudgetaire”."},
    "io.xml.no_codes": {"fr": "Cette nomenclature budgétaire ne contient aucun chapitre ni compte.",
                        "en": "This budget nomenclature holds no chapter and no account."},
    "io.xml.no_lines": {"fr": "Ce document budgétaire ne contient aucune ligne budgétaire (LigneBudget).",
                        "en": "This budget document holds no budget line (LigneBudget)."},
})
MESSAGES.update({
    "io.note.bad_bytes": {
        "fr": "Certains octets ne sont pas valides en {encoding} : ils sont affichés « � ». Essayez un autre encodage dans les options de lecture.",
        "en": "Some bytes are not valid {encoding}: they show as “�”. Try another encoding in the reading options."},
})
