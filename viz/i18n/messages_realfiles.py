"""Messages of the real-file findings: similar values, placeholders, damaged identifiers, unreadable cells."""
MESSAGES = {
    "finding.quality.similar_values": {"fr": "Valeurs peut-être identiques", "en": "Values that may be the same"},
    "realfiles.similar_values": {
        "fr": "Colonne « {column} » : {pairs} paire(s) de valeurs se ressemblent sans être identiques ({shown}) ; {count} cellule(s), lignes {first}. "
              "Désignent-elles la même chose ? Si oui, harmonisez-les vous-même : le studio ne les fusionne pas, car « X » et « … X » sont souvent deux choses différentes (deux communes, deux aides).",
        "en": "Column “{column}”: {pairs} pair(s) of values look alike without being equal ({shown}); {count} cell(s), rows {first}. "
              "Do they name the same thing? If so, harmonise them yourself: the studio does not merge them, as “X” and “… X” are often two different things (two towns, two grants).",
    },
    "realfiles.replacement_char": {
        "fr": "Colonne « {column} » : {count} cellule(s) contiennent « \ufffd », lignes {first} : des caractères (souvent des accents) ont été perdus en lisant le fichier avec un mauvais encodage. "
              "Rechargez le fichier en choisissant son vrai encodage (souvent Windows-1252) ; si « \ufffd » est dans le fichier lui-même, ces caractères ne peuvent pas être retrouvés : demandez un nouvel export au producteur.",
        "en": "Column “{column}”: {count} cell(s) hold “\ufffd”, rows {first}: characters (often accents) were lost when the file was read with the wrong encoding. "
              "Reload the file with its real encoding (often Windows-1252); if “\ufffd” is in the file itself, these characters cannot be recovered: ask the producer for a new export.",
    },
    "finding.quality.header_spaces": {"fr": "Nom de colonne publié avec des espaces", "en": "Column name published with spaces"},
    "realfiles.header_spaces": {
        "fr": "La colonne publiée sous le nom « {published} » (avec des espaces autour) est lue sous le nom « {column} ». "
              "Les deux orthographes sont acceptées par la ligne de commande ; corrigez le nom dans le fichier publié pour qu'un schéma le reconnaisse partout.",
        "en": "The column published as “{published}” (with spaces around it) is read as “{column}”. "
              "Both spellings are accepted on the command line; fix the name in the published file so that every tool recognises it.",
    },
    "io.note.header_trimmed": {
        "fr": "{count} nom(s) de colonne publiés avec des espaces autour ont été lus sans ces espaces : {shown}.",
        "en": "{count} column name(s) published with spaces around them were read without them: {shown}.",
    },
    "finding.quality.placeholder": {"fr": "Valeurs manquantes écrites en toutes lettres", "en": "Missing values written as words"},
    "realfiles.placeholder": {
        "fr": "Colonne « {column} » : {count} cellule(s) ({share} % des cellules remplies) disent qu'il n'y a pas de valeur ({shown}), lignes {first}. "
              "Le studio les compte comme manquantes ; un logiciel les lirait comme du texte. Correction proposée : vider ces cellules.",
        "en": "Column “{column}”: {count} cell(s) ({share} % of the filled cells) say there is no value ({shown}), rows {first}. "
              "The studio counts them as missing; software would read them as text. Suggested fix: empty these cells.",
    },
    "realfiles.fix.placeholder": {"fr": "Vider les cellules « NA », « néant »… de « {column} »", "en": "Empty the “NA”, “néant”… cells of “{column}”"},
}
