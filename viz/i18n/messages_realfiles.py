"""Messages of the real-file findings: similar values, placeholders, damaged identifiers, unreadable cells."""
MESSAGES = {
    "finding.quality.similar_values": {"fr": "Valeurs peut-être identiques", "en": "Values that may be the same"},
    "realfiles.similar_values": {
        "fr": "Colonne « {column} » : {pairs:n|paire de valeurs se ressemble|paires de valeurs se ressemblent} sans être identiques ({shown}) ; {count:n|cellule|cellules}, lignes {first}. "
              "Désignent-elles la même chose ? Si oui, harmonisez-les vous-même : le studio ne les fusionne pas, car « X » et « … X » sont souvent deux choses différentes (deux communes, deux aides).",
        "en": "Column “{column}”: {pairs:n|pair of values looks|pairs of values look} alike without being equal ({shown}); {count:n|cell|cells}, rows {first}. "
              "Do they name the same thing? If so, harmonise them yourself: the studio does not merge them, as “X” and “… X” are often two different things (two towns, two grants).",
    },
    "realfiles.replacement_char": {
        "fr": "Colonne « {column} » : {count:n|cellule contient|cellules contiennent} « \ufffd », lignes {first} : des caractères (souvent des accents) ont été perdus en lisant le fichier avec un mauvais encodage. "
              "Rechargez le fichier en choisissant son vrai encodage (souvent Windows-1252) ; si « \ufffd » est dans le fichier lui-même, ces caractères ne peuvent pas être retrouvés : demandez un nouvel export au producteur.",
        "en": "Column “{column}”: {count:n|cell holds|cells hold} “\ufffd”, rows {first}: characters (often accents) were lost when the file was read with the wrong encoding. "
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
        "fr": "{count:n|nom de colonne publié avec des espaces autour a été lu|noms de colonne publiés avec des espaces autour ont été lus} sans ces espaces : {shown}.",
        "en": "{count:n|column name|column names} published with spaces around them were read without them: {shown}.",
    },
    "finding.quality.placeholder": {"fr": "Valeurs manquantes écrites en toutes lettres", "en": "Missing values written as words"},
    "realfiles.placeholder": {
        "fr": "Colonne « {column} » : {count:n|cellule|cellules} ({share} % des cellules remplies) {count:w|dit|disent} qu'il n'y a pas de valeur ({shown}), lignes {first}. "
              "Le studio les compte comme manquantes ; un logiciel les lirait comme du texte. Correction proposée : vider ces cellules.",
        "en": "Column “{column}”: {count:n|cell|cells} ({share} % of the filled cells) {count:w|says|say} there is no value ({shown}), rows {first}. "
              "The studio counts them as missing; software would read them as text. Suggested fix: empty these cells.",
    },
    "realfiles.fix.placeholder": {"fr": "Vider les cellules « NA », « néant »… de « {column} »", "en": "Empty the “NA”, “néant”… cells of “{column}”"},
    "finding.quality.scientific_code": {"fr": "Identifiants écrits en notation scientifique", "en": "Identifiers in scientific notation"},
    "realfiles.scientific_code": {
        "fr": "Colonne « {column} » ({kind_fr}) : {count:n|identifiant est écrit|identifiants sont écrits} en notation scientifique (par exemple « {example} »), lignes {first}. "
              "Un tableur a arrondi ces nombres : les chiffres perdus ne peuvent pas être retrouvés à partir de ce fichier. "
              "Demandez au producteur de réexporter le fichier avec cette colonne au format texte.",
        "en": "Column “{column}” ({kind_en}): {count:n|identifier is|identifiers are} written in scientific notation (e.g. “{example}”), rows {first}. "
              "A spreadsheet rounded these numbers: the lost digits cannot be recovered from this file. "
              "Ask the producer to export the file again with this column formatted as text.",
    },
    "finding.quality.float_code": {"fr": "Codes écrits comme des nombres décimaux", "en": "Codes written as decimal numbers"},
    "realfiles.float_code": {
        "fr": "Colonne « {column} » ({kind_fr}) : {count:n|code est écrit|codes sont écrits} comme des nombres décimaux (« {example} » pour « {fixed} »), lignes {first}. "
              "Correction proposée : retirer le « .0 » puis remettre les zéros initiaux.",
        "en": "Column “{column}” ({kind_en}): {count:n|code is|codes are} written as decimal numbers (“{example}” for “{fixed}”), rows {first}. "
              "Suggested fix: drop the “.0”, then restore the leading zeros.",
    },
    "realfiles.fix.float_code": {"fr": "Retirer le « .0 » des codes de « {column} »", "en": "Drop the “.0” of the codes of “{column}”"},
    "finding.quality.check_key": {"fr": "Clé de contrôle fausse", "en": "Wrong check key"},
    "realfiles.check_key": {
        "fr": "Colonne « {column} » ({kind_fr}) : {count:n|numéro a|numéros ont} une clé de contrôle (Luhn) fausse, lignes {first} : ce ne sont pas des numéros valides (faute de frappe ou chiffre perdu).",
        "en": "Column “{column}” ({kind_en}): {count:n|number has|numbers have} a wrong (Luhn) check key, rows {first}: they are not valid numbers (typo or lost digit).",
    },
    "finding.quality.siren_in_siret": {"fr": "SIREN à la place d'un SIRET", "en": "SIREN instead of SIRET"},
    "realfiles.siren_in_siret": {
        "fr": "Colonne « {column} » ({kind_fr}) : {count:n|valeur est un SIREN|valeurs sont des SIREN} à 9 chiffres (l'entreprise) là où un SIRET à 14 chiffres (l'établissement) est attendu, lignes {first}. "
              "Ajoutez les 5 chiffres du NIC de l'établissement concerné.",
        "en": "Column “{column}” ({kind_en}): {count:n|value is a 9-digit SIREN|values are 9-digit SIRENs} (the company) where a 14-digit SIRET (the establishment) is expected, rows {first}. "
              "Add the 5-digit NIC of the establishment concerned.",
    },
    "finding.quality.unknown_code": {"fr": "Codes qui n'existent pas", "en": "Codes that do not exist"},
    "realfiles.unknown_code_postal": {
        "fr": "Colonne « {column} » : {count:n|valeur n'est|valeurs ne sont} le code postal d'aucune commune ({shown}), lignes {first}, même après avoir remis les zéros et retiré les espaces. "
              "Vérifiez-les (faute de frappe, code CEDEX, autre champ saisi à la place).",
        "en": "Column “{column}”: {count:n|value is|values are} the postal code of no commune ({shown}), rows {first}, even with zeros restored and spaces removed. "
              "Check them (typo, CEDEX code, another field typed instead).",
    },
    "realfiles.unknown_code_insee": {
        "fr": "Colonne « {column} » : {count:n|valeur n'est|valeurs ne sont} le code INSEE d'aucune commune ({shown}), lignes {first}, même après avoir remis les zéros et retiré les espaces. "
              "Un code postal saisi à la place du code INSEE est une erreur fréquente ; le référentiel des communes permet de retrouver le bon code.",
        "en": "Column “{column}”: {count:n|value is|values are} the INSEE code of no commune ({shown}), rows {first}, even with zeros restored and spaces removed. "
              "A postal code typed instead of the INSEE code is a common mistake; the commune reference gives the right code.",
    },
}
KINDS = {
    "lambert93_x": ("X Lambert-93", "Lambert-93 X"), "lambert93_y": ("Y Lambert-93", "Lambert-93 Y"),
    "rna": ("numéro RNA d'association", "association RNA number"), "naf": ("code NAF / APE", "NAF / APE code"),
    "uai": ("code UAI d'établissement", "UAI institution code"), "epci": ("SIREN d'EPCI", "EPCI SIREN"),
    "year": ("année", "year"), "commune": ("nom de commune", "commune name"),
    "departement": ("nom de département", "département name"), "region": ("nom de région", "région name"),
}
MESSAGES.update({f"kind.{k}": {"fr": fr, "en": en} for k, (fr, en) in KINDS.items()})
