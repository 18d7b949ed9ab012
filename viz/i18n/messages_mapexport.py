"""Texts of the point map's static export (PNG, SVG) and of the point map in the context sheet."""
MESSAGES = {
    "mapexport.outlines": {"fr": "Départements", "en": "Départements"},
    "mapexport.rows": {"fr": "Lignes", "en": "Rows"},
    "mapexport.legend.hexagons": {"fr": "Lignes par hexagone", "en": "Rows per hexagon"},
    "mapexport.intro": {
        "fr": "Carte de points {title} : {located:n|ligne dessinée|lignes dessinées} sur {rows}, à leur position, "
              "sur les contours des départements.",
        "en": "Point map {title}: {located:n|row|rows} of {rows} drawn at their position, over the département "
              "outlines.",
    },
    "mapexport.left_out": {
        "fr": "{count:n|ligne n'a|lignes n'ont} pas de position utilisable ({reasons}) et {count:w|n'est|ne sont} "
              "pas {count:w|dessinée|dessinées}.",
        "en": "{count:n|row has|rows have} no usable position ({reasons}) and {count:w|is|are} not drawn.",
    },
    "mapexport.reason.empty": {"fr": "{count} sans coordonnées", "en": "{count} without coordinates"},
    "mapexport.reason.unreadable": {"fr": "{count:n|illisible|illisibles}", "en": "{count} unreadable"},
    "mapexport.reason.zero": {"fr": "{count} à 0,0", "en": "{count} at 0,0"},
    "mapexport.reason.out_of_range": {"fr": "{count} hors des limites (latitude ±90, longitude ±180)",
                                      "en": "{count} out of range (latitude ±90, longitude ±180)"},
    "mapexport.where": {
        "fr": "Régions qui comptent le plus de points : {regions}. Les points couvrent "
              "{count:n|département|départements}, surtout {departements}.",
        "en": "Régions with most points: {regions}. The points cover {count:n|département|départements}, mostly "
              "{departements}.",
    },
    "mapexport.where.none": {"fr": "Aucun point ne tombe dans un département français.",
                             "en": "No point falls in a French département."},
    "mapexport.colours": {"fr": "Couleur selon « {column} » : {items}.", "en": "Colour by “{column}”: {items}."},
    "mapexport.binned": {
        "fr": "Au-delà de {threshold} points, la carte regroupe les lignes en {cells} hexagones ; la couleur dit "
              "combien de lignes chacun contient (de {low} à {high}).",
        "en": "Above {threshold} points the map gathers the rows in {cells} hexagons; the colour says how many "
              "rows each holds (from {low} to {high}).",
    },
    "mapexport.outside": {
        "fr": "{count:n|point tombe|points tombent} hors des contours des départements (étranger, mer, ou petite île "
              "absente des contours simplifiés).",
        "en": "{count:n|point falls|points fall} outside the département outlines (abroad, at sea, or a small island "
              "missing from the simplified outlines).",
    },
    "mapexport.hidden": {
        "fr": "{count:n|point est|points sont} hors du cadre de la carte image (trop loin des autres) ; la "
              "carte interactive et le tableau {count:w|le|les} gardent.",
        "en": "{count:n|point is|points are} outside the image's frame (too far from the others); the "
              "interactive map and the table keep {count:w|it|them}.",
    },
    "mapexport.insets": {
        "fr": "Les départements d'outre-mer sont dessinés en encart, chacun à sa propre échelle : la taille d'un "
              "hexagone ou l'écart entre deux points ne se compare pas d'un encart à l'autre ni avec la métropole.",
        "en": "Overseas départements are drawn in insets, each at its own scale: hexagon sizes and distances do "
              "not compare across insets or with the mainland.",
    },
    "mapexport.no_basemap": {
        "fr": "Fond : contours simplifiés des départements (Natural Earth), sans tuiles ni routes.",
        "en": "Background: simplified département outlines (Natural Earth), no tiles or roads.",
    },
    "mapexport.key.points": {"fr": "Points sur la carte : {located:n|ligne|lignes} sur {rows}",
                             "en": "Points on the map: {located:n|row|rows} of {rows}"},
    "mapexport.key.top": {"fr": "Département le plus représenté : {name}, {count:n|point|points} ({share})",
                          "en": "Département with most points: {name}, {count:n|point|points} ({share})"},
    "mapexport.col.lat": {"fr": "Latitude", "en": "Latitude"},
    "mapexport.col.lon": {"fr": "Longitude", "en": "Longitude"},
    "mapexport.col.lat_centre": {"fr": "Latitude du centre", "en": "Centre latitude"},
    "mapexport.col.lon_centre": {"fr": "Longitude du centre", "en": "Centre longitude"},
    "mapexport.col.rows": {"fr": "Lignes", "en": "Rows"},
    "sheet.kind.pointmap": {"fr": "Carte de points", "en": "Point map"},
    "sheet.reading.pointmap": {
        "fr": "Chaque point est une ligne du fichier, placée à ses coordonnées sur les contours des départements ; "
              "sa couleur dit sa catégorie (voir la légende). Au-delà du seuil, les lignes sont regroupées en "
              "hexagones dont la couleur dit combien de lignes chacun contient.",
        "en": "Each dot is a row of the file, placed at its coordinates over the département outlines; its colour "
              "says its category (see the legend). Above the threshold, rows are gathered in hexagons whose colour "
              "says how many rows each holds.",
    },
    "mapexport.error.bad_output": {
        "fr": "La carte s'exporte en page HTML (.html) ou en image (.png, .svg) : « {suffix} » n'est pas pris en "
              "charge.",
        "en": "The map exports as an HTML page (.html) or an image (.png, .svg): “{suffix}” is not supported.",
    },
}
