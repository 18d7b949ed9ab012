"""Texts of the départements breakdowns, the choropleth, the point map and placing rows in départements."""
MESSAGES = {
    # Placing rows
    "geo.error.no_column": {
        "fr": "Aucune colonne ne permet de placer les lignes dans un département : il faut un code ou un nom de "
              "département, un code INSEE de commune, un code postal, un nom de commune ou des coordonnées "
              "(latitude et longitude). Colonnes du fichier : {columns}.",
        "en": "No column can place the rows in a département: a département code or name, a commune INSEE code, "
              "a postal code, a commune name or coordinates (latitude and longitude) are needed. Columns: {columns}.",
    },
    "geo.error.no_coordinates": {
        "fr": "Aucune paire de colonnes latitude / longitude (ni colonne « lat,lon ») n'a été trouvée.",
        "en": "No latitude / longitude pair of columns (nor a “lat,lon” column) was found.",
    },
    "geo.error.missing_column": {
        "fr": "La colonne « {column} » n'existe pas. Colonnes disponibles : {available}.",
        "en": "Column “{column}” does not exist. Available columns: {available}.",
    },
    "geo.error.column_places_nothing": {
        "fr": "La colonne « {column} » ne place aucune ligne : ni code ou nom de département, ni code INSEE, "
              "ni code postal, ni nom de commune reconnu.",
        "en": "Column “{column}” places no row: no département code or name, INSEE code, postal code or commune "
              "name was recognised.",
    },
    "dep.method.departement": {"fr": "par le département (« {column} »)", "en": "by département (“{column}”)"},
    "dep.method.insee": {"fr": "par le code INSEE de la commune (« {column} »)",
                         "en": "by the commune's INSEE code (“{column}”)"},
    "dep.method.postal": {"fr": "par le code postal (« {column} »)", "en": "by postal code (“{column}”)"},
    "dep.method.commune": {"fr": "par le nom de la commune (« {column} »)", "en": "by commune name (“{column}”)"},
    "dep.method.coordinates": {"fr": "par les coordonnées (« {column} »)", "en": "by coordinates (“{column}”)"},
    "dep.placed": {"fr": "{placed:n|ligne|lignes} sur {rows} {placed:w|placée|placées} dans un département {how}.",
                   "en": "{placed} of {rows} rows placed in a département {how}."},
    "dep.unplaced": {"fr": "{count:n|ligne non placée|lignes non placées} : {reasons}.", "en": "{count:n|row|rows} not placed: {reasons}."},
    "dep.reason.empty": {"fr": "{count} vides", "en": "{count} empty"},
    "dep.reason.unknown": {"fr": "{count} inconnues de la référence", "en": "{count} unknown to the reference"},
    "dep.reason.ambiguous": {"fr": "{count} ambiguës (« 20 » pour la Corse, nom de commune présent dans "
                                   "plusieurs départements)",
                             "en": "{count} ambiguous (“20” for Corsica, a commune name found in several "
                                   "départements)"},
    "dep.reason.outside": {"fr": "{count} hors des 101 départements", "en": "{count} outside the 101 départements"},
    "dep.reason.unreadable": {"fr": "{count} coordonnées illisibles", "en": "{count} unreadable coordinates"},
    "dep.reason.label.empty": {"fr": "vide", "en": "empty"},
    "dep.reason.label.unknown": {"fr": "inconnu de la référence", "en": "unknown to the reference"},
    "dep.reason.label.ambiguous": {"fr": "ambigu", "en": "ambiguous"},
    "dep.reason.label.outside": {"fr": "hors des 101 départements", "en": "outside the 101 départements"},
    "dep.reason.label.unreadable": {"fr": "illisible", "en": "unreadable"},
    "dep.half_unplaced": {
        "fr": "Attention : plus de la moitié des lignes ({count}) ne sont pas placées ; le graphique ne montre "
              "que les autres.",
        "en": "Warning: more than half the rows ({count}) are not placed; the chart shows the others only.",
    },
    "dep.outside_region": {"fr": "{count:n|ligne placée hors de la région choisie n'est pas dessinée|lignes placées hors de la région choisie ne sont pas dessinées}.",
                           "en": "{count:n|row placed outside the chosen région is|rows placed outside the chosen région are} not drawn."},
    "dep.unreadable_values": {"fr": "{count} valeurs de « {column} » ne sont pas des nombres et comptent pour 0.",
                              "en": "{count} values of “{column}” are not numbers and count as 0."},
    # Charts
    "dep.class": {"fr": "de {low} à {high}", "en": "{low} to {high}"},
    "dep.no_data": {"fr": "Aucune donnée", "en": "No data"},
    "dep.rows": {"fr": "{value} lignes", "en": "{value} rows"},
    "dep.per_100k": {"fr": "{value} pour 100 000 hab.", "en": "{value} per 100,000 inhabitants"},
    "dep.axis.value": {"fr": "Nombre de lignes", "en": "Number of rows"},
    "dep.axis.rate": {"fr": "Pour 100 000 habitants", "en": "Per 100,000 inhabitants"},
    "dep.axis.sum": {"fr": "Somme de « {column} »", "en": "Sum of “{column}”"},
    "dep.empty_category": {"fr": "(non renseigné)", "en": "(not given)"},
    "dep.other": {"fr": "Autre ({count} catégories)", "en": "Other ({count} categories)"},
    "dep.error.missing_column": {
        "fr": "La colonne « {column} » n'existe pas. Colonnes disponibles : {available}.",
        "en": "Column “{column}” does not exist. Available columns: {available}.",
    },
    "dep.error.bad_region": {
        "fr": "La région « {region} » n'existe pas. Codes de région : {available}.",
        "en": "Région “{region}” does not exist. Région codes: {available}.",
    },
    "dep.error.bad_option": {"fr": "Option inconnue : « {kind} ».", "en": "Unknown option: “{kind}”."},
    "dep.error.nothing": {
        "fr": "Aucune ligne n'est placée dans un département{region} : rien à dessiner. Vérifiez la colonne "
              "choisie (ou les coordonnées : sont-elles en France ?).",
        "en": "No row is placed in a département{region}: nothing to draw. Check the chosen column (or the "
              "coordinates: are they in France?).",
    },
    "dep.error.bad_output": {
        "fr": "Format de sortie non pris en charge : « {suffix} » (attendu : .html, .png ou .svg).",
        "en": "Unsupported output format: “{suffix}” (expected: .html, .png or .svg).",
    },
    "dep.cli.written": {"fr": "Écrit : {path}", "en": "Written: {path}"},
}
MESSAGES.update({
    "map.located": {"fr": "{located:n|ligne|lignes} sur {rows} {located:w|a des|ont des} coordonnées utilisables.",
                    "en": "{located} of {rows} rows have usable coordinates."},
    "map.mode.points": {"fr": "Chaque ligne est un point.", "en": "Each row is a dot."},
    "map.mode.hexagons": {
        "fr": "Au-delà de {threshold} points, les lignes sont regroupées en {cells} hexagones (couleur = nombre "
              "de lignes), calculés sur le serveur : la page reste légère.",
        "en": "Above {threshold} points, rows are gathered in {cells} hexagons (colour = number of rows), "
              "computed on the server so the page stays light.",
    },
    "map.mode.hexagons_chosen": {
        "fr": "Les lignes sont regroupées en {cells} hexagones (couleur = nombre de lignes).",
        "en": "Rows are gathered in {cells} hexagons (colour = number of rows).",
    },
    "map.error.missing_column": {
        "fr": "La colonne « {column} » n'existe pas. Colonnes disponibles : {available}.",
        "en": "Column “{column}” does not exist. Available columns: {available}.",
    },
    "map.error.no_coordinates": {
        "fr": "Aucune colonne de coordonnées trouvée : il faut une latitude et une longitude (ou une colonne "
              "« lat,lon »).",
        "en": "No coordinate columns found: a latitude and a longitude (or a “lat,lon” column) are needed.",
    },
    "map.error.no_points": {
        "fr": "Aucune ligne n'a de coordonnées lisibles et valides (latitude entre -90 et 90, longitude entre "
              "-180 et 180, pas 0,0).",
        "en": "No row has readable, valid coordinates (latitude between -90 and 90, longitude between -180 and "
              "180, not 0,0).",
    },
    "map.error.bad_mode": {"fr": "Mode de carte inconnu : « {mode} ».", "en": "Unknown map mode: “{mode}”."},
    "map.error.bad_output": {
        "fr": "La carte s'exporte en page HTML : « {suffix} » n'est pas pris en charge (attendu : .html).",
        "en": "The map exports as an HTML page: “{suffix}” is not supported (expected: .html).",
    },
})
MESSAGES.update({
    "page.departements": {"fr": "Départements", "en": "Départements"},
    "page.carte": {"fr": "Carte", "en": "Map"},
    "geo.page.upload": {"fr": "Charger un autre fichier", "en": "Load another file"},
    "dep.page.title": {"fr": "Départements", "en": "Départements"},
    "dep.page.intro": {
        "fr": "Chaque ligne est placée dans un département (code ou nom de département, code INSEE, code postal, "
              "nom de commune ou coordonnées), puis comptée ou sommée : barres ou carte.",
        "en": "Each row is placed in a département (département code or name, INSEE code, postal code, commune "
              "name or coordinates), then counted or summed: bars or a map.",
    },
    "dep.page.by": {"fr": "Colonne qui place les lignes", "en": "Column placing the rows"},
    "dep.page.by_auto": {"fr": "Automatique (la meilleure)", "en": "Automatic (the best one)"},
    "dep.page.method.departement": {"fr": "département", "en": "département"},
    "dep.page.method.insee": {"fr": "code INSEE", "en": "INSEE code"},
    "dep.page.method.postal": {"fr": "code postal", "en": "postal code"},
    "dep.page.method.commune": {"fr": "nom de commune", "en": "commune name"},
    "dep.page.method.coordinates": {"fr": "coordonnées", "en": "coordinates"},
    "dep.page.kind": {"fr": "Graphique", "en": "Chart"},
    "dep.page.kind.bars": {"fr": "Barres", "en": "Bars"},
    "dep.page.kind.map": {"fr": "Carte", "en": "Map"},
    "dep.page.value": {"fr": "Valeur", "en": "Value"},
    "dep.page.count": {"fr": "Nombre de lignes", "en": "Number of rows"},
    "dep.page.rate": {"fr": "Pour 100 000 habitants", "en": "Per 100,000 inhabitants"},
    "dep.page.region": {"fr": "Région", "en": "Région"},
    "dep.page.all_regions": {"fr": "Toute la France", "en": "All of France"},
    "dep.page.category": {"fr": "Seconde catégorie", "en": "Second category"},
    "dep.page.no_category": {"fr": "Aucune", "en": "None"},
    "dep.page.barmode": {"fr": "Barres", "en": "Bars"},
    "dep.page.barmode.stack": {"fr": "empilées", "en": "stacked"},
    "dep.page.barmode.group": {"fr": "côte à côte", "en": "side by side"},
    "dep.page.sort": {"fr": "Ordre", "en": "Order"},
    "dep.page.sort.value": {"fr": "décroissant", "en": "largest first"},
    "dep.page.sort.code": {"fr": "par code", "en": "by code"},
    "dep.page.classes": {"fr": "Classes", "en": "Classes"},
    "dep.page.classes.quantiles": {"fr": "quantiles", "en": "quantiles"},
    "dep.page.classes.jenks": {"fr": "seuils naturels", "en": "natural breaks"},
    "dep.page.n_classes": {"fr": "Nombre de classes", "en": "Number of classes"},
    "dep.page.map_palette": {"fr": "Couleurs", "en": "Colours"},
    "dep.palette.blues": {"fr": "Bleus", "en": "Blues"},
    "dep.palette.viridis": {"fr": "Viridis", "en": "Viridis"},
    "dep.palette.oranges": {"fr": "Oranges", "en": "Oranges"},
    "dep.palette.purples": {"fr": "Violets", "en": "Purples"},
    "dep.page.unplaced": {"fr": "Lignes non placées ({count})", "en": "Rows not placed ({count})"},
    "map.page.title": {"fr": "Carte", "en": "Map"},
    "map.page.intro": {
        "fr": "Les lignes qui ont des coordonnées, sur les contours des départements (aucun fond de carte "
              "n'est nécessaire). Au-delà de 50 000 points, elles sont regroupées en hexagones.",
        "en": "The rows with coordinates, over the département outlines (no base map needed). Above 50,000 "
              "points they are gathered in hexagons.",
    },
    "map.page.colour": {"fr": "Couleur selon", "en": "Colour by"},
    "map.page.no_colour": {"fr": "Une seule couleur", "en": "One colour"},
    "map.page.tooltip": {"fr": "Colonnes au survol", "en": "Columns on hover"},
    "map.page.mode": {"fr": "Affichage", "en": "Display"},
    "map.page.mode.auto": {"fr": "automatique", "en": "automatic"},
    "map.page.mode.points": {"fr": "points", "en": "dots"},
    "map.page.mode.hexagons": {"fr": "hexagones", "en": "hexagons"},
    "map.page.basemap": {"fr": "Fond de carte (internet)", "en": "Base map (internet)"},
    "map.page.basemap_help": {
        "fr": "Des tuiles CARTO chargées depuis internet ; sans connexion, les contours des départements restent.",
        "en": "CARTO tiles loaded from the internet; offline, the département outlines remain.",
    },
    "map.page.html": {"fr": "Page HTML (hors ligne)", "en": "HTML page (offline)"},
    "map.page.export_note": {
        "fr": "La page HTML contient tout (environ 4,5 Mo) : elle s'ouvre sans internet et n'appelle aucun "
              "serveur extérieur.",
        "en": "The HTML page holds everything (about 4.5 MB): it opens without internet and calls no outside "
              "server.",
    },
})
