"""Texts of the treemap: the « Autre » tile, hover text, excluded values, errors, the page and the exports."""
MESSAGES = {
    # What is drawn
    "treemap.other": {"fr": "Autre ({count} postes)", "en": "Other ({count} items)"},
    "treemap.root": {"fr": "Ensemble", "en": "All"},
    "treemap.empty_label": {"fr": "(non renseigné)", "en": "(not given)"},
    "treemap.hover.count": {"fr": "{value} lignes", "en": "{value} rows"},
    "treemap.hover.of_parent": {"fr": "{share} de « {parent} »", "en": "{share} of “{parent}”"},
    "treemap.hover.of_total": {"fr": "{share} du total", "en": "{share} of the total"},
    "treemap.hover.grouped": {"fr": "Regroupe :", "en": "Groups:"},
    "treemap.hover.more": {"fr": "… et {count} autres", "en": "… and {count} more"},
    "treemap.source": {"fr": "Source : {source}", "en": "Source: {source}"},
    "treemap.note": {"fr": "Note : {note}", "en": "Note: {note}"},
    "treemap.rule.share": {
        "fr": "Les postes de moins de {value} % de leur ensemble sont regroupés dans « Autre ».",
        "en": "Items under {value}% of their group are gathered in “Other”.",
    },
    "treemap.rule.top": {
        "fr": "Seuls les {value} plus grands postes de chaque ensemble sont montrés, les autres sont regroupés dans « Autre ».",
        "en": "Only the {value} largest items of each group are shown, the others are gathered in “Other”.",
    },
    "treemap.rule.min": {
        "fr": "Les postes de moins de {value} sont regroupés dans « Autre ».",
        "en": "Items under {value} are gathered in “Other”.",
    },
    # Values left out of the areas
    "treemap.excluded.none": {
        "fr": "Toutes les lignes sont dessinées : aucune valeur nulle, négative ou manquante.",
        "en": "Every row is drawn: no zero, negative or missing value.",
    },
    "treemap.excluded.intro": {
        "fr": "{count:n|ligne|lignes} sur {rows} {count:w|n'est pas dessinée|ne sont pas dessinées}, car une surface ne peut montrer qu'un montant positif : {parts}.",
        "en": "{count:n|row|rows} out of {rows} {count:w|is|are} not drawn, because an area can only show a positive amount: {parts}.",
    },
    "treemap.excluded.intro_one": {
        "fr": "1 ligne sur {rows} n'est pas dessinée, car une surface ne peut montrer qu'un montant positif : {parts}.",
        "en": "1 row out of {rows} is not drawn, because an area can only show a positive amount: {parts}.",
    },
    "treemap.excluded.zero": {"fr": "{count:n|valeur nulle|valeurs nulles}", "en": "{count:n|zero value|zero values}"},
    "treemap.excluded.zero_one": {"fr": "1 valeur nulle", "en": "1 zero value"},
    "treemap.excluded.negative": {"fr": "{count:n|valeur négative|valeurs négatives} (total {total})",
                                  "en": "{count:n|negative value|negative values} (total {total})"},
    "treemap.excluded.negative_one": {"fr": "1 valeur négative ({total})", "en": "1 negative value ({total})"},
    "treemap.excluded.missing": {"fr": "{count:n|cellule vide|cellules vides} dans « {column} »",
                                 "en": "{count:n|empty cell|empty cells} in “{column}”"},
    "treemap.excluded.missing_one": {"fr": "1 cellule vide dans « {column} »", "en": "1 empty cell in “{column}”"},
    "treemap.excluded.unreadable": {"fr": "{count:n|valeur illisible|valeurs illisibles} dans « {column} » (lignes {rows})",
                                    "en": "{count:n|unreadable value|unreadable values} in “{column}” (rows {rows})"},
    "treemap.excluded.unreadable_one": {"fr": "1 valeur illisible dans « {column} » (ligne {rows})",
                                        "en": "1 unreadable value in “{column}” (row {rows})"},
    # Errors (what is wrong and where)
    "treemap.error.no_label": {
        "fr": "Choisissez au moins une colonne de libellés pour dessiner le treemap.",
        "en": "Choose at least one label column to draw the treemap.",
    },
    "treemap.error.too_many_labels": {
        "fr": "Le treemap accepte au plus 3 niveaux de libellés ({count} demandés).",
        "en": "The treemap takes at most 3 label levels ({count} asked).",
    },
    "treemap.error.duplicate_label": {
        "fr": "La colonne « {column} » est choisie deux fois comme niveau de libellés.",
        "en": "The column “{column}” is chosen twice as a label level.",
    },
    "treemap.error.missing_column": {
        "fr": "La colonne « {column} » n'existe pas dans le fichier. Colonnes disponibles : {available}.",
        "en": "The column “{column}” is not in the file. Available columns: {available}.",
    },
    "treemap.error.bad_rule": {
        "fr": "Règle de regroupement inconnue : « {rule} » (attendu : share, top, min ou none).",
        "en": "Unknown grouping rule: “{rule}” (expected: share, top, min or none).",
    },
    "treemap.error.bad_parameter": {
        "fr": "Paramètre de regroupement invalide pour « {rule} » : {value} ({expected}).",
        "en": "Invalid grouping parameter for “{rule}”: {value} ({expected}).",
    },
    "treemap.error.expected.share": {"fr": "un pourcentage entre 0 et 100", "en": "a percentage between 0 and 100"},
    "treemap.error.expected.top": {"fr": "un nombre entier d'au moins 1", "en": "a whole number of at least 1"},
    "treemap.error.expected.min": {"fr": "un nombre positif ou nul", "en": "a number of zero or more"},
    "treemap.error.nothing": {
        "fr": "Rien à dessiner : aucune ligne n'a une valeur positive dans « {column} ».",
        "en": "Nothing to draw: no row has a positive value in “{column}”.",
    },
    "treemap.error.colour_not_label": {
        "fr": "La couleur suit l'un des niveaux de libellés : « {column} » n'en fait pas partie.",
        "en": "Colour follows one of the label levels: “{column}” is not one of them.",
    },
    "treemap.error.bad_palette": {
        "fr": "Palette inconnue : « {palette} » (disponibles : {available}).",
        "en": "Unknown palette: “{palette}” (available: {available}).",
    },
    "treemap.error.bad_output": {
        "fr": "Format de sortie non pris en charge : « {suffix} » (attendu : .html, .png ou .svg).",
        "en": "Unsupported output format: “{suffix}” (expected: .html, .png or .svg).",
    },
    "treemap.error.rules_exclusive": {
        "fr": "Choisissez une seule règle : --threshold, --top ou --min.",
        "en": "Choose one rule only: --threshold, --top or --min.",
    },
    "treemap.cli.written": {"fr": "Écrit : {path}", "en": "Written: {path}"},
    # Exports
    "images.no_chromium": {
        "fr": "Les exports PNG et SVG ont besoin du navigateur Chromium, introuvable sur cette machine. "
              "Installez-le (sur Debian ou Ubuntu : « apt-get install chromium ») puis relancez. "
              "Les exports HTML et CSV fonctionnent sans lui.",
        "en": "PNG and SVG exports need the Chromium browser, which was not found on this machine. "
              "Install it (on Debian or Ubuntu: “apt-get install chromium”) and try again. "
              "HTML and CSV exports work without it.",
    },
    "images.failed": {
        "fr": "L'export de l'image a échoué ({error}). Les exports HTML et CSV restent disponibles.",
        "en": "The image export failed ({error}). HTML and CSV exports are still available.",
    },
    # Page
    "treemap.page.title": {"fr": "Treemap", "en": "Treemap"},
    "treemap.page.intro": {
        "fr": "Chaque rectangle a une surface proportionnelle à son montant. Les petits postes sont regroupés dans « Autre » pour rester lisibles ; le tableau d'origine n'est jamais modifié.",
        "en": "Each rectangle's area is proportional to its amount. Small items are gathered in “Other” to stay readable; the source table is never changed.",
    },
    "treemap.page.labels": {"fr": "Libellés (1 à 3 niveaux, du plus large au plus fin)", "en": "Labels (1 to 3 levels, broadest first)"},
    "treemap.page.value": {"fr": "Taille des rectangles", "en": "Size of the rectangles"},
    "treemap.page.count": {"fr": "(nombre de lignes)", "en": "(number of rows)"},
    "treemap.page.rule": {"fr": "Regroupement des petits postes", "en": "Grouping of small items"},
    "treemap.page.rule.share": {"fr": "Moins de X % de leur ensemble", "en": "Under X% of their group"},
    "treemap.page.rule.top": {"fr": "Garder les N plus grands", "en": "Keep the N largest"},
    "treemap.page.rule.min": {"fr": "Moins d'un montant", "en": "Under an amount"},
    "treemap.page.rule.none": {"fr": "Aucun regroupement", "en": "No grouping"},
    "treemap.budget.order_warning": {
        "fr": "Attention : {count:n|ligne est une opération|lignes sont des opérations} d'ordre (chapitres 021, 023, 040, 041, 042, 043 : "
              "virements et transferts entre sections), additionnées ici aux opérations réelles : ces montants "
              "sont comptés deux fois. Cochez « Opérations réelles seulement » pour les retirer.",
        "en": "Warning: {count:n|row is an order operation|rows are order operations} (chapters 021, 023, 040, 041, 042, 043: transfers "
              "between sections), summed here with real operations: these amounts are counted twice. Tick “Real "
              "operations only” to leave them out."},
    "treemap.budget.real_only": {
        "fr": "Opérations réelles seulement : les opérations d'ordre (virements et transferts entre sections) "
              "sont écartées, car elles compteraient deux fois les mêmes montants.",
        "en": "Real operations only: order operations (transfers between sections) are left out, as they would "
              "count the same amounts twice."},
    "treemap.filtered": {"fr": "Filtre : {filters} ({kept:n|ligne|lignes} sur {total}).",
                         "en": "Filter: {filters} ({kept} rows out of {total})."},
    "treemap.filter_line": {"fr": "Lignes retenues : {filters}", "en": "Rows kept: {filters}"},
    "treemap.error.bad_where": {"fr": "Filtre « {item} » mal écrit : attendu COLONNE=VALEUR (par exemple Sens=Dépense).",
                                "en": "Filter “{item}” is malformed: expected COLUMN=VALUE (e.g. Sens=Dépense)."},
    "treemap.error.filtered_out": {"fr": "Aucune ligne ne correspond au filtre ({filters}) : élargissez-le.",
                                   "en": "No row matches the filter ({filters}): widen it."},
    "treemap.page.filters": {"fr": "Filtrer les lignes (par exemple les seules dépenses réelles)",
                             "en": "Filter the rows (e.g. actual spending only)"},
    "treemap.page.filter_columns": {"fr": "Colonnes à filtrer", "en": "Columns to filter on"},
    "treemap.page.filter_values": {"fr": "Valeurs gardées dans « {column} »", "en": "Values kept in “{column}”"},
    "treemap.page.per_level": {"fr": "Une règle différente pour chaque niveau", "en": "A different rule for each level"},
    "treemap.page.level": {"fr": "Niveau {level} (« {column} »)", "en": "Level {level} (“{column}”)"},
    "treemap.page.param.share": {"fr": "Seuil (%)", "en": "Threshold (%)"},
    "treemap.page.param.top": {"fr": "Nombre de postes gardés", "en": "Number of items kept"},
    "treemap.page.param.min": {"fr": "Montant minimal", "en": "Minimum amount"},
    "treemap.page.palette": {"fr": "Palette (lisible par les daltoniens)", "en": "Palette (colour-blind safe)"},
    "treemap.page.texts": {"fr": "Titre, source et note", "en": "Title, source and note"},
    "treemap.page.title_field": {"fr": "Titre", "en": "Title"},
    "treemap.page.subtitle": {"fr": "Sous-titre", "en": "Subtitle"},
    "treemap.page.source": {"fr": "Source", "en": "Source"},
    "treemap.page.note": {"fr": "Note", "en": "Note"},
    "treemap.page.table": {"fr": "Ce qui est dessiné", "en": "What is drawn"},
    "treemap.page.downloads": {"fr": "Télécharger", "en": "Download"},
    "treemap.page.png": {"fr": "Image PNG", "en": "PNG image"},
    "treemap.page.svg": {"fr": "Image SVG", "en": "SVG image"},
    "treemap.page.html": {"fr": "Page HTML interactive", "en": "Interactive HTML page"},
    "treemap.page.csv": {"fr": "Tableau CSV", "en": "CSV table"},
    "treemap.page.no_columns": {
        "fr": "Ce jeu de données n'a aucune colonne de libellés utilisable.",
        "en": "This dataset has no usable label column.",
    },
    "treemap.col.count": {"fr": "Nombre de lignes", "en": "Number of rows"},
    "treemap.root_total": {"fr": "Ensemble : {amount}", "en": "All: {amount}"},
    "treemap.col.amount": {"fr": "Montant", "en": "Amount"},
    "treemap.col.share": {"fr": "Part du total", "en": "Share of total"},
    "treemap.page.items": {"fr": "Postes regroupés", "en": "Grouped items"},
    "treemap.palette.okabe_ito": {"fr": "Okabe-Ito", "en": "Okabe-Ito"},
    "treemap.palette.tol_bright": {"fr": "Tol vive", "en": "Tol bright"},
    "treemap.palette.tol_muted": {"fr": "Tol douce", "en": "Tol muted"},
}
