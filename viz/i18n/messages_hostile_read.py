"""Texts of the read-side guards (issue 21): caps on work, odd bytes, unterminated quotes, doubtful encodings."""
MESSAGES = {
    "io.guard.not_regular": {
        "fr": "« {path} » n'est pas un fichier ordinaire ({kind}) : le studio ne lit que des fichiers.",
        "en": "“{path}” is not a regular file ({kind}): the studio only reads files.",
    },
    "io.guard.zip_broken": {
        "fr": "Le classeur est une archive ZIP endommagée ({error}).",
        "en": "The workbook is a damaged ZIP archive ({error}).",
    },
    "io.guard.zip_too_big": {
        "fr": "Le classeur pèse {packed} Mo mais déclare {unpacked} Mo une fois décompressé, au-delà de la limite de {max} Mo : il est refusé (risque de « bombe ZIP »).",
        "en": "The workbook weighs {packed} MB but declares {unpacked} MB once unpacked, over the {max} MB limit: refused (“ZIP bomb” risk).",
    },
    "io.guard.zip_ratio": {
        "fr": "Le classeur contient « {member} » : {packed} Mo compressés qui deviennent {unpacked} Mo (×{ratio}, au-delà de ×{max} pour un vrai classeur) : il est refusé (risque de « bombe ZIP »).",
        "en": "The workbook holds “{member}”: {packed} MB compressed becoming {unpacked} MB (×{ratio}, over ×{max} for a real workbook): refused (“ZIP bomb” risk).",
    },
    "io.guard.too_many_columns": {
        "fr": "{where} compte {count} colonnes, au-delà de la limite de {max} colonnes du studio. Gardez les colonnes utiles et réimportez.",
        "en": "{where} has {count} columns, over the studio's limit of {max} columns. Keep the useful columns and import again.",
    },
    "io.guard.too_many_cells": {
        "fr": "{where} compte {rows} lignes × {columns} colonnes ({cells} cellules), au-delà de la limite de {max} cellules du studio.",
        "en": "{where} has {rows} rows × {columns} columns ({cells} cells), over the studio's limit of {max} cells.",
    },
    "io.guard.too_many_cells_declared": {
        "fr": "{where} déclare la plage {declared} et s'étend sur {rows} lignes × {columns} colonnes ({cells} cellules), au-delà de la limite de {max} cellules du studio : elle n'est pas lue.",
        "en": "{where} declares the range {declared} and spans {rows} rows × {columns} columns ({cells} cells), over the studio's limit of {max} cells: not read.",
    },
    "io.guard.sheet": {"fr": "La feuille « {sheet} »", "en": "Sheet “{sheet}”"},
    "io.guard.csv_header": {"fr": "L'en-tête du CSV", "en": "The CSV header"},
    "io.guard.csv_table": {"fr": "Le CSV", "en": "The CSV"},
    "io.guard.json": {"fr": "Le JSON", "en": "The JSON"},
    "io.guard.binary_nul": {
        "fr": "« {filename} » n'est pas un fichier de données texte : {count} de ses {sample} premiers octets sont des caractères de contrôle (dont {nul} octets nuls 0x00), ce qu'un fichier texte ne contient pas (le texte UTF-16, qui en a un sur deux, n'a pas été reconnu ici). Exportez vos données en CSV, XLSX, ODS, JSON ou GeoJSON.",
        "en": "“{filename}” is not a text data file: {count} of its first {sample} bytes are control characters (including {nul} NUL bytes 0x00), which a text file does not hold (UTF-16 text, with one in two, was not recognised here). Export your data as CSV, XLSX, ODS, JSON or GeoJSON.",
    },
    "io.guard.json_too_deep": {
        "fr": "Le JSON est imbriqué sur plus de {max} niveaux : il n'est pas lu (un tableau de données en a 2 ou 3).",
        "en": "The JSON is nested over {max} levels deep: it is not read (a data table has 2 or 3).",
    },
    "io.guard.read_failed": {
        "fr": "Le fichier n'a pas pu être lu comme {format} ({error}). Le fichier original n'a pas été modifié.",
        "en": "The file could not be read as {format} ({error}). The original file was not changed.",
    },
    "io.guard.memory": {
        "fr": "Le fichier demande plus de mémoire que le studio n'en dispose pour être lu ({format}). Découpez-le et réimportez. Le fichier original n'a pas été modifié.",
        "en": "Reading the file needs more memory than the studio has ({format}). Split it and import again. The original file was not changed.",
    },
    "io.note.nul_bytes": {
        "fr": "Le fichier contient {count:n|caractère nul|caractères nuls} (octet 0x00), le premier ligne {line} : ils sont gardés tels quels dans les cellules ; vérifiez l'export qui a produit ce fichier.",
        "en": "The file holds {count:n|NUL character|NUL characters} (byte 0x00), the first on line {line}: they are kept as is in the cells; check the export that produced this file.",
    },
    "io.note.utf16_no_bom": {
        "fr": "Le fichier est en {encoding} sans marque d'ordre des octets (BOM) : un octet nul sur deux l'indique clairement, il a été lu ainsi.",
        "en": "The file is {encoding} without a byte order mark (BOM): one NUL byte in two says so clearly, it was read as such.",
    },
    "io.note.encoding_doubt": {
        "fr": "Encodage incertain : le fichier a été lu en {encoding}, mais {count:n|caractère est inhabituel|caractères sont inhabituels} pour un texte français (par exemple « {examples} ») : il est peut-être dans un autre encodage (japonais Shift-JIS, chinois, cyrillique…) et le texte peut être illisible. Choisissez l'encodage dans les options de lecture.",
        "en": "Uncertain encoding: the file was read as {encoding}, but {count:n|character is|characters are} unusual for French text (for example “{examples}”): it may be in another encoding (Japanese Shift-JIS, Chinese, Cyrillic…) and the text may be garbled. Choose the encoding in the reading options.",
    },
    "io.note.unclosed_quote": {
        "fr": "Ligne {line} : un guillemet ouvert (colonne « {column} ») n'est jamais refermé ; lu tel quel, il aurait avalé {lines:n|ligne|lignes} dans une seule cellule. Ces lignes ont été relues une à une : vérifiez le guillemet de la ligne {line}.",
        "en": "Line {line}: a quote opened (column “{column}”) is never closed; read as is, it would have swallowed {lines:n|line|lines} into one cell. Those lines were read again one by one: check the quote on line {line}.",
    },
}
