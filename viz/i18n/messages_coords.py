"""Texts of the coordinate checks, their repairs, geocoding and the Coordonnées page."""
MESSAGES = {
    "finding.coord.missing": {"fr": "Coordonnées manquantes", "en": "Missing coordinates"},
    "finding.coord.unparseable": {"fr": "Coordonnées illisibles", "en": "Unreadable coordinates"},
    "finding.coord.zero": {"fr": "Point en (0, 0)", "en": "Point at (0, 0)"},
    "finding.coord.swapped": {"fr": "Latitude et longitude inversées", "en": "Latitude and longitude swapped"},
    "finding.coord.out_of_range": {"fr": "Coordonnées hors limites", "en": "Coordinates out of range"},
    "finding.coord.outside_france": {"fr": "Point hors de France", "en": "Point outside France"},
    "finding.coord.outside_departement": {"fr": "Point hors du département déclaré", "en": "Point outside its département"},
    "finding.coord.outside_commune": {"fr": "Point loin de sa commune", "en": "Point far from its commune"},
    "finding.coord.duplicate_position": {"fr": "Même position pour des lieux différents", "en": "Same position for different places"},
    "finding.coord.low_precision": {"fr": "Coordonnées trop peu précises", "en": "Coordinates too coarse"},
    "finding.coord.decimal_comma": {"fr": "Coordonnées à virgule décimale", "en": "Coordinates with a decimal comma"},
    "finding.coord.lambert93": {"fr": "Coordonnées en Lambert-93", "en": "Coordinates in Lambert-93"},
    "finding.coord.departement_unknown": {"fr": "Département déclaré inconnu", "en": "Unknown declared département"},
    "finding.insee.unknown": {"fr": "Code INSEE inexistant", "en": "INSEE code that does not exist"},
    "finding.insee.postal_code": {"fr": "Code postal à la place du code INSEE", "en": "Postal code instead of INSEE code"},
    "finding.insee.name_mismatch": {"fr": "Code INSEE d'une autre commune", "en": "INSEE code of another commune"},
    "coords.where.pair": {"fr": "« {lat} » / « {lon} »", "en": "“{lat}” / “{lon}”"},
    "coords.where.combined": {"fr": "« {column} »", "en": "“{column}”"},
    "coord.missing": {
        "fr": "Coordonnées {where} : {count} ligne(s) sans position, lignes {first}. Ces lieux n'apparaîtront pas sur une "
              "carte. Correction possible : les géocoder depuis leur adresse (page Coordonnées).",
        "en": "Coordinates {where}: {count} row(s) without a position, rows {first}. These places will not appear on a "
              "map. Possible fix: geocode them from their address (Coordinates page).",
    },
    "coord.unparseable": {
        "fr": "Coordonnées {where} : {count} ligne(s) ne se lisent pas comme des nombres (par exemple « {example} »), "
              "lignes {first}.",
        "en": "Coordinates {where}: {count} row(s) do not read as numbers (e.g. “{example}”), rows {first}.",
    },
    "coord.zero": {
        "fr": "Coordonnées {where} : {count} ligne(s) placées en (0, 0), dans le golfe de Guinée, lignes {first}. "
              "C'est une valeur par défaut, pas une position. Correction proposée : vider ces coordonnées.",
        "en": "Coordinates {where}: {count} row(s) placed at (0, 0), in the Gulf of Guinea, rows {first}. "
              "That is a default value, not a position. Suggested fix: clear these coordinates.",
    },
    "coord.swapped": {
        "fr": "Coordonnées {where} : {count} ligne(s) ont la latitude et la longitude inversées (le point tombe hors de "
              "France, et en France une fois inversé), lignes {first}. Correction proposée : les inverser sur ces lignes.",
        "en": "Coordinates {where}: {count} row(s) have latitude and longitude swapped (the point falls outside France, "
              "and in France once swapped), rows {first}. Suggested fix: swap them on these rows.",
    },
    "coord.out_of_range": {
        "fr": "Coordonnées {where} : {count} ligne(s) hors limites (latitude entre -90 et 90, longitude entre -180 et 180), "
              "lignes {first}.{hint}",
        "en": "Coordinates {where}: {count} row(s) out of range (latitude between -90 and 90, longitude between -180 and "
              "180), rows {first}.{hint}",
    },
    "coord.out_of_range.lambert": {
        "fr": " Ces valeurs ressemblent à des mètres en Lambert-93 : choisissez « Lambert-93 » pour ces colonnes "
              "(page Coordonnées, ou --crs lambert93).",
        "en": " These values look like Lambert-93 metres: pick “Lambert-93” for these columns "
              "(Coordinates page, or --crs lambert93).",
    },
    "coord.outside_france": {
        "fr": "Coordonnées {where} : {count} point(s) hors de France (métropole, Corse et les cinq départements "
              "d'outre-mer), lignes {first}.",
        "en": "Coordinates {where}: {count} point(s) outside France (metropolitan France, Corsica and the five overseas "
              "départements), rows {first}.",
    },
    "coord.outside_departement": {
        "fr": "Coordonnées {where} : {count} point(s) hors du département que la ligne déclare (colonne « {declared} »), "
              "lignes {first}. {examples}",
        "en": "Coordinates {where}: {count} point(s) outside the département the row declares (column “{declared}”), "
              "rows {first}. {examples}",
    },
    "coord.outside_departement.example": {
        "fr": "Ligne {row} : déclare {declared}, le point est dans {found}.",
        "en": "Row {row}: declares {declared}, the point is in {found}.",
    },
    "coord.outside_commune": {
        "fr": "Coordonnées {where} : {count} point(s) à plus de {km} km du point de référence de la commune déclarée "
              "(seuil réglable), lignes {first}. {examples}",
        "en": "Coordinates {where}: {count} point(s) more than {km} km from the reference point of the declared commune "
              "(adjustable threshold), rows {first}. {examples}",
    },
    "coord.outside_commune.example": {
        "fr": "Ligne {row} : à {km} km de {commune} ({code}).",
        "en": "Row {row}: {km} km from {commune} ({code}).",
    },
    "coord.duplicate_position": {
        "fr": "Coordonnées {where} : {count} ligne(s) partagent exactement la même position alors qu'elles décrivent des "
              "lieux différents (colonne « {place} »), lignes {first}. C'est souvent le centre de la commune mis par défaut.",
        "en": "Coordinates {where}: {count} row(s) share exactly the same position while describing different places "
              "(column “{place}”), rows {first}. Often the commune's centre used as a default.",
    },
    "coord.duplicate_position.any": {
        "fr": "Coordonnées {where} : {count} ligne(s) partagent exactement la même position, lignes {first}.",
        "en": "Coordinates {where}: {count} row(s) share exactly the same position, rows {first}.",
    },
    "coord.low_precision": {
        "fr": "Coordonnées {where} : {count} ligne(s) écrites avec moins de {decimals} décimales (à 3 décimales près, un "
              "point peut être à 100 m du bâtiment), lignes {first}.",
        "en": "Coordinates {where}: {count} row(s) written with fewer than {decimals} decimals (at 3 decimals a point "
              "can be 100 m from the building), rows {first}.",
    },
    "coord.low_precision.lambert": {
        "fr": "Coordonnées {where} : {count} ligne(s) arrondies à la centaine de mètres, lignes {first}.",
        "en": "Coordinates {where}: {count} row(s) rounded to a hundred metres, rows {first}.",
    },
    "coord.decimal_comma": {
        "fr": "Coordonnées {where} : {count} valeur(s) écrites avec une virgule décimale (« {example} »), lignes {first}. "
              "Les schémas nationaux et les outils de carte attendent un point. Correction proposée : écrire « . ».",
        "en": "Coordinates {where}: {count} value(s) written with a decimal comma (“{example}”), rows {first}. "
              "National schemas and map tools expect a dot. Suggested fix: write “.”.",
    },
    "coord.lambert93": {
        "fr": "Coordonnées {where} : positions en Lambert-93 (mètres), converties en degrés pour les vérifications. "
              "Correction proposée : ajouter des colonnes latitude et longitude en degrés (WGS 84).",
        "en": "Coordinates {where}: positions in Lambert-93 (metres), converted to degrees for the checks. "
              "Suggested fix: add latitude and longitude columns in degrees (WGS 84).",
    },
    "coord.departement_unknown": {
        "fr": "Colonne « {column} » : {count} ligne(s) déclarent un département qui n'existe pas (par exemple « {example} »), "
              "lignes {first} ; leur position n'a pas pu être comparée à un département.",
        "en": "Column “{column}”: {count} row(s) declare a département that does not exist (e.g. “{example}”), "
              "rows {first}; their position could not be compared with a département.",
    },
    "insee.unknown": {
        "fr": "Colonne « {column} » : {count} code(s) INSEE qui n'existent pas, lignes {first}. {examples}",
        "en": "Column “{column}”: {count} INSEE code(s) that do not exist, rows {first}. {examples}",
    },
    "insee.postal_code": {
        "fr": "Colonne « {column} » : {count} code(s) postaux écrits à la place du code INSEE de la commune, lignes {first}. "
              "{examples}",
        "en": "Column “{column}”: {count} postal code(s) written instead of the commune's INSEE code, rows {first}. "
              "{examples}",
    },
    "insee.name_mismatch": {
        "fr": "Colonne « {column} » : {count} code(s) INSEE désignent une autre commune que celle nommée dans « {names} » "
              "(référence : Code officiel géographique), lignes {first}. {examples}",
        "en": "Column “{column}”: {count} INSEE code(s) name another commune than the one in “{names}” "
              "(reference: Code officiel géographique), rows {first}. {examples}",
    },
    "insee.example": {
        "fr": "Ligne {row} : « {code} » ({actual}) pour « {name} »{suggestion}.",
        "en": "Row {row}: “{code}” ({actual}) for “{name}”{suggestion}.",
    },
    "insee.suggestion": {"fr": ", la référence propose {code} ({name})", "en": ", the reference suggests {code} ({name})"},
    "insee.nothing": {"fr": "code inconnu", "en": "unknown code"},
    "coords.error.no_column": {
        "fr": "La colonne de coordonnées « {column} » n'existe pas dans ce tableau.",
        "en": "The coordinate column “{column}” is not in this table.",
    },
    "coords.error.incomplete": {
        "fr": "Il faut une colonne de latitude et une colonne de longitude, ou une colonne qui contient les deux.",
        "en": "A latitude column and a longitude column are needed, or one column holding both.",
    },
    "coords.error.text_column": {
        "fr": "La colonne « {column} » ne contient pas de coordonnées : {share} de ses valeurs ne se lisent pas comme des "
              "nombres (par exemple « {example} »).",
        "en": "Column “{column}” holds no coordinates: {share} of its values do not read as numbers (e.g. “{example}”).",
    },
    "coord.fix.swap": {"fr": "Inverser latitude et longitude {where} là où le point n'est en France qu'une fois inversé",
                       "en": "Swap latitude and longitude {where} where the point is in France only once swapped"},
    "coord.fix.zero": {"fr": "Vider les coordonnées {where} placées en (0, 0)", "en": "Clear the coordinates {where} at (0, 0)"},
    "coord.fix.comma": {"fr": "Écrire les coordonnées {where} avec un point décimal", "en": "Write the coordinates {where} with a decimal dot"},
    "coord.fix.lambert": {"fr": "Ajouter latitude_wgs84 et longitude_wgs84 converties du Lambert-93 {where}",
                          "en": "Add latitude_wgs84 and longitude_wgs84 converted from Lambert-93 {where}"},
    "insee.fix": {"fr": "Remplacer {count} code(s) INSEE erroné(s) de « {column} » par ceux de la référence",
                  "en": "Replace {count} wrong INSEE code(s) of “{column}” by the reference's"},
}
