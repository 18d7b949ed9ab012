"""Messages of the real-file findings: similar values, placeholders, damaged identifiers, unreadable cells."""
MESSAGES = {
    "finding.quality.similar_values": {"fr": "Valeurs peut-être identiques", "en": "Values that may be the same"},
    "realfiles.similar_values": {
        "fr": "Colonne « {column} » : {pairs} paire(s) de valeurs se ressemblent sans être identiques ({shown}) ; {count} cellule(s), lignes {first}. "
              "Désignent-elles la même chose ? Si oui, harmonisez-les vous-même : le studio ne les fusionne pas, car « X » et « … X » sont souvent deux choses différentes (deux communes, deux aides).",
        "en": "Column “{column}”: {pairs} pair(s) of values look alike without being equal ({shown}); {count} cell(s), rows {first}. "
              "Do they name the same thing? If so, harmonise them yourself: the studio does not merge them, as “X” and “… X” are often two different things (two towns, two grants).",
    },
}
