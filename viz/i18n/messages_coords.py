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
        "fr": "Coordonnées {where} : {count:n|ligne|lignes} sans position, lignes {first}. Ces lieux n'apparaîtront pas sur une "
              "carte. Correction possible : les géocoder depuis leur adresse (page Coordonnées).",
        "en": "Coordinates {where}: {count:n|row|rows} without a position, rows {first}. These places will not appear on a "
              "map. Possible fix: geocode them from their address (Coordinates page).",
    },
    "coord.unparseable": {
        "fr": "Coordonnées {where} : {count:n|ligne ne se lit pas|lignes ne se lisent pas} comme des nombres (par exemple « {example} »), "
              "lignes {first}.",
        "en": "Coordinates {where}: {count:n|row does|rows do} not read as numbers (e.g. “{example}”), rows {first}.",
    },
    "coord.zero": {
        "fr": "Coordonnées {where} : {count:n|ligne placée|lignes placées} en (0, 0), dans le golfe de Guinée, lignes {first}. "
              "C'est une valeur par défaut, pas une position. Correction proposée : vider ces coordonnées.",
        "en": "Coordinates {where}: {count:n|row|rows} placed at (0, 0), in the Gulf of Guinea, rows {first}. "
              "That is a default value, not a position. Suggested fix: clear these coordinates.",
    },
    "coord.swapped": {
        "fr": "Coordonnées {where} : {count:n|ligne a|lignes ont} la latitude et la longitude inversées (le point tombe hors de "
              "France, et en France une fois inversé), lignes {first}. Correction proposée : les inverser sur ces lignes.",
        "en": "Coordinates {where}: {count:n|row has|rows have} latitude and longitude swapped (the point falls outside France, "
              "and in France once swapped), rows {first}. Suggested fix: swap them on these rows.",
    },
    "coord.out_of_range": {
        "fr": "Coordonnées {where} : {count:n|ligne|lignes} hors limites (latitude entre -90 et 90, longitude entre -180 et 180), "
              "lignes {first}.{hint}",
        "en": "Coordinates {where}: {count:n|row|rows} out of range (latitude between -90 and 90, longitude between -180 and "
              "180), rows {first}.{hint}",
    },
    "coord.out_of_range.lambert": {
        "fr": " Ces valeurs ressemblent à des mètres en Lambert-93 : choisissez « Lambert-93 » pour ces colonnes "
              "(page Coordonnées, ou --crs lambert93).",
        "en": " These values look like Lambert-93 metres: pick “Lambert-93” for these columns "
              "(Coordinates page, or --crs lambert93).",
    },
    "coord.outside_france": {
        "fr": "Coordonnées {where} : {count:n|point|points} hors de France (métropole, Corse et les cinq départements "
              "d'outre-mer), lignes {first}.",
        "en": "Coordinates {where}: {count:n|point|points} outside France (metropolitan France, Corsica and the five overseas "
              "départements), rows {first}.",
    },
    "coord.outside_departement": {
        "fr": "Coordonnées {where} : {count:n|point|points} hors du département que la ligne déclare (colonne « {declared} »), "
              "lignes {first}. {examples}",
        "en": "Coordinates {where}: {count:n|point|points} outside the département the row declares (column “{declared}”), "
              "rows {first}. {examples}",
    },
    "coord.outside_departement.example": {
        "fr": "Ligne {row} : déclare {declared}, le point est dans {found}.",
        "en": "Row {row}: declares {declared}, the point is in {found}.",
    },
    "coord.outside_commune": {
        "fr": "Coordonnées {where} : {count:n|point|points} à plus de {km} km du point de référence de la commune déclarée "
              "(seuil réglable), lignes {first}. {examples}",
        "en": "Coordinates {where}: {count:n|point|points} more than {km} km from the reference point of the declared commune "
              "(adjustable threshold), rows {first}. {examples}",
    },
    "coord.outside_commune.example": {
        "fr": "Ligne {row} : à {km} km de {commune} ({code}).",
        "en": "Row {row}: {km} km from {commune} ({code}).",
    },
    "coord.duplicate_position": {
        "fr": "Coordonnées {where} : {count:n|ligne partage|lignes partagent} exactement la même position alors qu'elles décrivent des "
              "lieux différents (colonne « {place} »), lignes {first}. C'est souvent le centre de la commune mis par défaut.",
        "en": "Coordinates {where}: {count:n|row shares|rows share} exactly the same position while describing different places "
              "(column “{place}”), rows {first}. Often the commune's centre used as a default.",
    },
    "coord.duplicate_position.any": {
        "fr": "Coordonnées {where} : {count:n|ligne partage|lignes partagent} exactement la même position, lignes {first}.",
        "en": "Coordinates {where}: {count:n|row shares|rows share} exactly the same position, rows {first}.",
    },
    "coord.low_precision": {
        "fr": "Coordonnées {where} : {count:n|ligne écrite|lignes écrites} avec moins de {decimals} décimales (à 3 décimales près, un "
              "point peut être à 100 m du bâtiment), lignes {first}.",
        "en": "Coordinates {where}: {count:n|row|rows} written with fewer than {decimals} decimals (at 3 decimals a point "
              "can be 100 m from the building), rows {first}.",
    },
    "coord.low_precision.lambert": {
        "fr": "Coordonnées {where} : {count:n|ligne arrondie|lignes arrondies} à la centaine de mètres, lignes {first}.",
        "en": "Coordinates {where}: {count:n|row|rows} rounded to a hundred metres, rows {first}.",
    },
    "coord.decimal_comma": {
        "fr": "Coordonnées {where} : {count:n|valeur écrite|valeurs écrites} avec une virgule décimale (« {example} »), lignes {first}. "
              "Les schémas nationaux et les outils de carte attendent un point. Correction proposée : écrire « . ».",
        "en": "Coordinates {where}: {count:n|value|values} written with a decimal comma (“{example}”), rows {first}. "
              "National schemas and map tools expect a dot. Suggested fix: write “.”.",
    },
    "coord.lambert93": {
        "fr": "Coordonnées {where} : positions en Lambert-93 (mètres), converties en degrés pour les vérifications. "
              "Correction proposée : ajouter des colonnes latitude et longitude en degrés (WGS 84).",
        "en": "Coordinates {where}: positions in Lambert-93 (metres), converted to degrees for the checks. "
              "Suggested fix: add latitude and longitude columns in degrees (WGS 84).",
    },
    "coord.departement_unknown": {
        "fr": "Colonne « {column} » : {count:n|ligne déclare|lignes déclarent} un département qui n'existe pas (par exemple « {example} »), "
              "lignes {first} ; leur position n'a pas pu être comparée à un département.",
        "en": "Column “{column}”: {count:n|row declares|rows declare} a département that does not exist (e.g. “{example}”), "
              "rows {first}; their position could not be compared with a département.",
    },
    "insee.unknown": {
        "fr": "Colonne « {column} » : {count:n|code INSEE qui n'existe pas|codes INSEE qui n'existent pas}, lignes {first}. {examples}",
        "en": "Column “{column}”: {count:n|INSEE code that does not exist|INSEE codes that do not exist}, rows {first}. {examples}",
    },
    "insee.postal_code": {
        "fr": "Colonne « {column} » : {count:n|code postal écrit|codes postaux écrits} à la place du code INSEE de la commune, lignes {first}. "
              "{examples}",
        "en": "Column “{column}”: {count:n|postal code|postal codes} written instead of the commune's INSEE code, rows {first}. "
              "{examples}",
    },
    "insee.name_mismatch": {
        "fr": "Colonne « {column} » : {count:n|code INSEE désigne|codes INSEE désignent} une autre commune que celle nommée dans « {names} » "
              "(référence : Code officiel géographique), lignes {first}. {examples}",
        "en": "Column “{column}”: {count:n|INSEE code names|INSEE codes name} another commune than the one in “{names}” "
              "(reference: Code officiel géographique), rows {first}. {examples}",
    },
    "insee.example": {
        "fr": "Ligne {row} : « {code} » ({actual}) pour « {name} »{suggestion}.",
        "en": "Row {row}: “{code}” ({actual}) for “{name}”{suggestion}.",
    },
    "insee.example.noname": {"fr": "Ligne {row} : « {code} » ({actual}){suggestion}.",
                             "en": "Row {row}: “{code}” ({actual}){suggestion}."},
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
    "insee.fix": {"fr": "Remplacer {count:n|code INSEE erroné|codes INSEE erronés} de « {column} » par ceux de la référence",
                  "en": "Replace {count:n|wrong INSEE code|wrong INSEE codes} of “{column}” by the reference's"},
    "geocode.error.no_address": {"fr": "Aucune colonne d'adresse n'est choisie : impossible de géocoder.",
                                 "en": "No address column is chosen: nothing to geocode."},
    "geocode.error.timeout": {
        "fr": "Le service de géocodage n'a pas répondu en {seconds} s ({done:n|adresse déjà traitée|adresses déjà traitées} et gardées en cache). "
              "Réessayez plus tard : rien de ce qui a été corrigé n'est perdu.",
        "en": "The geocoding service did not answer within {seconds} s ({done:n|address|addresses} already done and cached). "
              "Try again later: nothing already repaired is lost.",
    },
    "geocode.error.garbage": {
        "fr": "Le service de géocodage a renvoyé une réponse illisible ({detail}) : aucune position n'a été appliquée.",
        "en": "The geocoding service sent an unreadable answer ({detail}): no position was applied.",
    },
    "geocode.error.service": {
        "fr": "Le service de géocodage est injoignable ou a refusé la demande ({detail}) : aucune position n'a été appliquée.",
        "en": "The geocoding service cannot be reached or refused the request ({detail}): no position was applied.",
    },
    "geocode.error.nominatim_many": {
        "fr": "Nominatim (OpenStreetMap) n'accepte pas le géocodage en masse : {count} adresses demandées, {limit} au plus. "
              "Utilisez la Base adresse nationale pour les fichiers entiers.",
        "en": "Nominatim (OpenStreetMap) does not allow bulk geocoding: {count} addresses asked, {limit} at most. "
              "Use the national address base for whole files.",
    },
    "geocode.note.cache_reset": {
        "fr": "Le cache de géocodage était illisible : il a été mis de côté (fichier « .corrompu ») et recommencé.",
        "en": "The geocoding cache was unreadable: it was set aside (“.corrompu” file) and started again.",
    },
    "geocode.fix": {"fr": "Placer {count:n|lieu géocodé|lieux géocodés} depuis leur adresse ({provider})",
                    "en": "Place {count:n|geocoded place|geocoded places} from their address ({provider})"},
    "page.coords": {"fr": "Coordonnées", "en": "Coordinates"},
    "coords.title": {"fr": "Coordonnées des lieux", "en": "Positions of places"},
    "coords.intro": {
        "fr": "Trouver les positions fausses avant de dessiner une carte : manquantes, inversées, hors de France, hors du "
              "département ou loin de la commune déclarés, codes INSEE erronés ; les corriger en un clic ou géocoder "
              "depuis l'adresse. L'original n'est jamais modifié.",
        "en": "Find wrong positions before a map is drawn: missing, swapped, outside France, outside the declared "
              "département or far from the declared commune, wrong INSEE codes; fix them in one click or geocode from "
              "the address. The original is never modified.",
    },
    "coords.none": {
        "fr": "Aucune colonne de coordonnées n'a été reconnue. Choisissez-les ci-dessous (latitude et longitude, ou une "
              "colonne qui contient les deux).",
        "en": "No coordinate column was recognised. Choose them below (latitude and longitude, or one column holding both).",
    },
    "coords.detection": {"fr": "Colonnes et réglages", "en": "Columns and settings"},
    "coords.detected": {"fr": "Détecté : {what}", "en": "Detected: {what}"},
    "coords.mode": {"fr": "Les positions sont dans", "en": "Positions are in"},
    "coords.mode.pair": {"fr": "deux colonnes (latitude, longitude)", "en": "two columns (latitude, longitude)"},
    "coords.mode.combined": {"fr": "une seule colonne", "en": "one column"},
    "coords.lat": {"fr": "Latitude (ou y en Lambert-93)", "en": "Latitude (or Lambert-93 y)"},
    "coords.lon": {"fr": "Longitude (ou x en Lambert-93)", "en": "Longitude (or Lambert-93 x)"},
    "coords.combined": {"fr": "Colonne des coordonnées", "en": "Coordinates column"},
    "coords.order": {"fr": "Ordre dans la cellule", "en": "Order in the cell"},
    "coords.order.latlon": {"fr": "latitude, longitude", "en": "latitude, longitude"},
    "coords.order.lonlat": {"fr": "longitude, latitude", "en": "longitude, latitude"},
    "coords.crs": {"fr": "Système", "en": "System"},
    "coords.crs.wgs84": {"fr": "degrés (WGS 84)", "en": "degrees (WGS 84)"},
    "coords.crs.lambert93": {"fr": "mètres Lambert-93", "en": "Lambert-93 metres"},
    "coords.commune_km": {"fr": "Distance maximale au point de la commune (km)", "en": "Maximum distance to the commune's point (km)"},
    "coords.min_decimals": {"fr": "Décimales attendues", "en": "Expected decimals"},
    "coords.summary": {"fr": "{bad:n|ligne|lignes} à revoir sur {rows}", "en": "{bad:n|row|rows} to review out of {rows}"},
    "coords.summary.label": {"fr": "Lignes à revoir", "en": "Rows to review"},
    "coords.ok": {"fr": "Aucun problème de position trouvé.", "en": "No position problem found."},
    "coords.findings": {"fr": "Problèmes trouvés", "en": "Problems found"},
    "coords.apply": {"fr": "Corriger", "en": "Fix"},
    "coords.applied": {"fr": "Correction enregistrée comme étape : {label}", "en": "Fix recorded as a step: {label}"},
    "coords.map": {"fr": "Carte des problèmes", "en": "Map of the problems"},
    "coords.map.caption": {
        "fr": "Chaque point est la position déclarée, coloré selon le problème ; un trait mène au point corrigé (inversion) "
              "ou au point de référence de la commune. {shown:n|point affiché|points affichés}.",
        "en": "Each dot is the declared position, coloured by problem; a line leads to the repaired point (swap) or to "
              "the commune's reference point. {shown:n|point|points} shown.",
    },
    "coords.map.none": {"fr": "Aucun point à montrer.", "en": "No point to show."},
    "coords.legend": {"fr": "Légende", "en": "Legend"},
    "coords.geocode": {"fr": "Géocoder depuis l'adresse", "en": "Geocode from the address"},
    "coords.geocode.address": {"fr": "Adresse", "en": "Address"},
    "coords.geocode.postal": {"fr": "Code postal", "en": "Postal code"},
    "coords.geocode.commune": {"fr": "Commune", "en": "Commune"},
    "coords.geocode.none": {"fr": "(aucune)", "en": "(none)"},
    "coords.geocode.provider": {"fr": "Service", "en": "Service"},
    "coords.geocode.provider.ban": {"fr": "Base adresse nationale (Géoplateforme)", "en": "National address base (Géoplateforme)"},
    "coords.geocode.provider.nominatim": {"fr": "Nominatim (OpenStreetMap, quelques lignes, 1 par seconde)",
                                          "en": "Nominatim (OpenStreetMap, a few rows, 1 per second)"},
    "coords.geocode.domain": {"fr": "Adresse du service", "en": "Service address"},
    "coords.geocode.which": {"fr": "{count:n|ligne sans position ou signalée|lignes sans position ou signalées}", "en": "{count:n|row|rows} without a position or flagged"},
    "coords.geocode.run": {"fr": "Géocoder {count:n|ligne|lignes}", "en": "Geocode {count:n|row|rows}"},
    "coords.geocode.progress": {"fr": "{done} / {total} adresses", "en": "{done} / {total} addresses"},
    "coords.geocode.review": {
        "fr": "Relisez les réponses : le score (0 à 1) dit la confiance du service. Décochez ce qui est faux, puis appliquez.",
        "en": "Review the answers: the score (0 to 1) is the service's confidence. Untick what is wrong, then apply.",
    },
    "coords.geocode.apply": {"fr": "Appliquer {count:n|position acceptée|positions acceptées}", "en": "Apply {count:n|accepted position|accepted positions}"},
    "coords.geocode.asked": {"fr": "{asked:n|adresse demandée|adresses demandées} au service, les autres venaient du cache.",
                             "en": "{asked:n|address|addresses} asked to the service, the others came from the cache."},
    "coords.col.row": {"fr": "Ligne", "en": "Row"},
    "coords.col.query": {"fr": "Adresse demandée", "en": "Address asked"},
    "coords.col.label": {"fr": "Réponse", "en": "Answer"},
    "coords.col.score": {"fr": "Score", "en": "Score"},
    "coords.col.accept": {"fr": "Accepter", "en": "Accept"},
    "coords.steps": {"fr": "{count:n|étape enregistrée|étapes enregistrées}", "en": "{count:n|step|steps} recorded"},
    "coords.undo": {"fr": "Annuler la dernière étape", "en": "Undo the last step"},
}
