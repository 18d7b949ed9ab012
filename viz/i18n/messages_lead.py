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
    "treemap.budget.order_dropped": {
        "fr": "{count:n|ligne d'opération|lignes d'opérations} d'ordre "
              "(virements et transferts entre sections, chapitres 021, 023, 040 à 043) {count:w|est écartée|sont "
              "écartées}, car elles compteraient deux fois les mêmes montants.",
        "en": "{count:n|row of order operations is|rows of order operations are} left out "
              "(transfers between sections, chapters 021, 023, 040 to 043), as they would count the same amounts twice.",
    },
    "treemap.filter.real_only": {"fr": "opérations réelles seulement", "en": "real operations only"},
    "treemap.page.real_only": {"fr": "Opérations réelles seulement (sans les virements entre sections)",
                               "en": "Real operations only (no transfers between sections)"},
    "treemap.page.real_only.help": {
        "fr": "Les opérations d'ordre (chapitres 021, 023, 040 à 043) apparaissent une fois en dépense et une fois en "
              "recette : les additionner aux opérations réelles compte deux fois le même argent.",
        "en": "Order operations (chapters 021, 023, 040 to 043) appear once as spending and once as revenue: summing "
              "them with real operations counts the same money twice.",
    },
    "io.note.stray_quote": {
        "fr": "Ligne {line} : un guillemet ouvert (colonne « {column} ») n'est pas refermé sur sa ligne ; lu tel quel, "
              "il aurait fait entrer les lignes suivantes dans une seule cellule. Elles ont été lues une à une et le "
              "guillemet gardé comme un caractère : vérifiez la ligne {line}.",
        "en": "Line {line}: a quote opened (column “{column}”) is not closed on its line; read as is, it would have "
              "put the next lines into one cell. They were read one by one and the quote kept as a character: check "
              "line {line}.",
    },
    "io.note.stray_quotes": {
        "fr": "{count:n|guillemet ouvert n'est|guillemets ouverts ne sont} pas {count:w|refermé|refermés} sur leur "
              "ligne (lignes {first}) ; lus tels quels, ils auraient fait entrer les lignes suivantes dans une seule "
              "cellule. Chaque ligne a été lue à part et ces guillemets gardés comme des caractères : vérifiez ces "
              "lignes.",
        "en": "{count:n|opened quote is|opened quotes are} not closed on their line (lines {first}); read as they "
              "are, they would have put the next lines into one cell. Each line was read on its own and these quotes "
              "kept as characters: check these lines.",
    },
    "quality.split_decimal": {
        "fr": "Colonne « {column} » : la virgule sert à la fois de séparateur et de virgule décimale, et elle a coupé "
              "{count:n|montant|montants} en deux (par exemple « {left} » lu dans « {column} » et « {right} » dans "
              "« {next} ») ; les champs suivants de ces lignes sont décalés d'une colonne, lignes {first}. Un total "
              "serait faux. Correction proposée : recoller chaque montant ({example}) et remettre les champs suivants "
              "en place.",
        "en": "Column “{column}”: the comma is both the separator and the decimal mark, and it cut {count:n|amount|"
              "amounts} in two (e.g. “{left}” read in “{column}” and “{right}” in “{next}”); the later fields of these "
              "rows are shifted one column, rows {first}. A total would be wrong. Suggested fix: join each amount "
              "back ({example}) and put the later fields back in place.",
    },
    "quality.fix.split_decimal": {"fr": "Recoller les montants de « {column} » coupés par la virgule ({example})",
                                  "en": "Join the amounts of “{column}” cut by the comma ({example})"},
    "quality.split_decimal.more": {
        "fr": "Colonne « {column} » : la virgule sert à la fois de séparateur et de virgule décimale, et elle a coupé "
              "{count:n|montant|montants} en deux (par exemple « {left} » lu dans « {column} » et « {right} » dans "
              "« {next} ») ; les champs suivants de ces lignes sont décalés d'une colonne, lignes {first}. Un total "
              "serait faux. Correction proposée : recoller chaque montant ({example}) et remettre les champs suivants "
              "en place. {others:n|autre ligne a|autres lignes ont} encore trop de champs (une virgule dans un texte "
              "aussi, sans doute) : {others:w|elle est laissée telle quelle|elles sont laissées telles quelles}, à "
              "corriger dans le fichier source.",
        "en": "Column “{column}”: the comma is both the separator and the decimal mark, and it cut {count:n|amount|"
              "amounts} in two (e.g. “{left}” read in “{column}” and “{right}” in “{next}”); the later fields of these "
              "rows are shifted one column, rows {first}. A total would be wrong. Suggested fix: join each amount "
              "back ({example}) and put the later fields back in place. {others:n|other row has|other rows have} "
              "still too many fields (a comma in a text too, probably): left as they are, to fix in the source file.",
    },
    "quality.not_a_number": {
        "fr": "Colonne « {column} » : {count:n|cellule n'est pas un nombre|cellules ne sont pas des nombres} dans une "
              "colonne de nombres (« {examples} »), lignes {first}. Un total {count:w|la laisserait|les laisserait} de côté : "
              "vérifiez ce que la source voulait écrire.",
        "en": "Column “{column}”: {count:n|cell is not a number|cells are not numbers} in a column of numbers "
              "(“{examples}”), rows {first}. A total would leave {count:w|it|them} out: check what the source meant "
              "to write.",
    },
}
