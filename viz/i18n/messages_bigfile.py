"""Texts of the streaming path (files too large to hold in memory: viz.big)."""
MESSAGES = {
    "bigfile.streaming": {
        "fr": "Fichier de {size_mb} Mo : lecture en flux, par morceaux de {chunk} lignes, sans le charger en mémoire.",
        "en": "File of {size_mb} MB: streamed in chunks of {chunk} rows, never loaded whole in memory.",
    },
    "bigfile.limits.inspect": {
        "fr": "En mode flux, les types de colonnes sont décidés sur un échantillon réparti sur tout le fichier ; "
              "au-delà de 2 000 000 de valeurs distinctes dans une colonne, le compte donné est un minimum.",
        "en": "In streaming mode, column kinds are decided on a sample spread over the whole file; beyond "
              "2,000,000 distinct values in a column, the count given is a minimum.",
    },
    "bigfile.limits.check": {
        "fr": "En mode flux, chaque morceau est vérifié comme un petit fichier et les constats sont réunis ; "
              "les lignes en double et, avec un schéma, les valeurs qui doivent être uniques (unique, primaryKey) "
              "sont cherchées sur tout le fichier (empreinte de chaque ligne). Ne sont pas vérifiés, car il "
              "faudrait toute la table en mémoire : les valeurs d'une catégorie écrites de plusieurs façons, les "
              "dates écrites dans plusieurs formats, les positions en double, et les clés étrangères d'un schéma. Les exemples cités dans un constat "
              "viennent du premier morceau où il apparaît.",
        "en": "In streaming mode, each chunk is checked as a small file and the findings are joined; duplicate rows "
              "and, with a schema, values that must be unique (unique, primaryKey) are looked for over the whole "
              "file (a fingerprint of each row). Not checked, as they need the whole table in memory: category "
              "values spelled several ways, dates in several formats, duplicated positions, and a schema's foreign "
              "keys. Examples quoted in a finding come "
              "from the first chunk where it appears.",
    },
    "bigfile.schema_left": {
        "fr": "Non vérifié en mode flux dans ce schéma : {what}.",
        "en": "Not checked in streaming mode in this schema: {what}.",
    },
    "bigfile.skipped": {
        "fr": "{count:n|ligne n'a pas le nombre de champs de l'en-tête et n'a pas été lue|lignes n'ont pas le nombre de champs de l'en-tête et n'ont pas été lues} en mode flux "
              "(la première : « {text} ») ; les numéros des lignes qui les suivent dans le même bloc peuvent être "
              "décalés. Corrigez-les, ou découpez le fichier sous 200 Mo pour qu'il soit lu en mémoire, champ par champ.",
        "en": "{count:n|row does not have the header's number of fields and was not read|rows do not have the header's number of fields and were not read} in streaming mode "
              "(the first: “{text}”); the numbers of the rows after them in the same block may be shifted. Fix them, "
              "or split the file under 200 MB so it is read in memory, field by field.",
    },
    "bigfile.read_failed": {
        "fr": "Lecture en flux interrompue vers la ligne {row} (encodage {encoding}) : {error}. Si le fichier n'est "
              "pas entièrement en {encoding}, relancez avec --encoding cp1252 (ou latin-1).",
        "en": "Streaming read stopped near row {row} (encoding {encoding}): {error}. If the file is not entirely "
              "{encoding}, run again with --encoding cp1252 (or latin-1).",
    },
    "bigfile.encoding": {
        "fr": "Encodage « {encoding} » : la lecture en flux ne sait lire que l'UTF-8, le Windows-1252 et le Latin-1. "
              "Convertissez le fichier en UTF-8, ou indiquez --encoding cp1252 si c'est son encodage.",
        "en": "Encoding “{encoding}”: the streaming read handles only UTF-8, Windows-1252 and Latin-1. Convert the "
              "file to UTF-8, or pass --encoding cp1252 if that is its encoding.",
    },
    "bigfile.upload_hint": {
        "fr": "Jusqu'à 200 Mo par fichier ici. Un fichier plus gros (un fichier national de millions de lignes) se "
              "décrit et se vérifie en ligne de commande, qui le lit par morceaux sans le charger en mémoire : "
              "`python -m viz inspect FICHIER.csv`, `python -m viz check FICHIER.csv --schema SCHÉMA`.",
        "en": "Up to 200 MB per file here. A larger file (a national file of millions of rows) is described and "
              "checked on the command line, which reads it in chunks without loading it in memory: "
              "`python -m viz inspect FILE.csv`, `python -m viz check FILE.csv --schema SCHEMA`.",
    },
}
