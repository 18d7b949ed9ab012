"""Context sheet, chart alt text and accessibility (fr first, en second)."""

MESSAGES = {
    # alt text of a treemap (viz.charts.treemap_alt)
    "alt.treemap.intro": {"fr": "Treemap {title} : {what} par {labels}, chaque rectangle ayant une aire "
                                "proportionnelle à sa valeur.",
                          "en": "Treemap {title}: {what} by {labels}, each rectangle's area proportional to its value."},
    "alt.treemap.count": {"fr": "nombre de lignes", "en": "number of rows"},
    "alt.treemap.total": {"fr": "Total dessiné : {total} en {tiles} rectangles.",
                          "en": "Total drawn: {total} in {tiles} rectangles."},
    "alt.treemap.filter": {"fr": "Filtre appliqué : {filters} ({kept:n|ligne gardée|lignes gardées} sur {rows}).",
                           "en": "Filter applied: {filters} ({kept} rows kept of {rows})."},
    "alt.treemap.levels": {"fr": "Par {column} : {parts}.", "en": "By {column}: {parts}."},
    "alt.treemap.largest": {"fr": "Plus grandes parts : {items}.", "en": "Largest shares: {items}."},
    "alt.treemap.other": {"fr": "{label}{where} pèse {share} du total et regroupe {items}.",
                          "en": "{label}{where} weighs {share} of the total and gathers {items}."},
    "alt.treemap.in": {"fr": " dans {parent}", "en": " in {parent}"},
    "alt.treemap.more": {"fr": "{count} autres", "en": "{count} more"},
    "alt.treemap.key_total": {"fr": "Total dessiné ({title}) : {total}", "en": "Total drawn ({title}): {total}"},
    "alt.treemap.key_largest": {"fr": "Plus grand poste : {label}, {amount} ({share} du total)",
                                "en": "Largest item: {label}, {amount} ({share} of the total)"},
    # sheet content (viz.export.sheet)
    "sheet.default_title": {"fr": "Fiche de contextualisation : {title}", "en": "Context sheet: {title}"},
    "sheet.summary": {"fr": "{title}, publié par {producer} : {rows} lignes et {columns} colonnes. Cette fiche dit "
                            "d'où viennent les données, ce qui a été vérifié, les transformations appliquées "
                            "({steps}) et ce que montrent (et ne montrent pas) les graphiques ({charts}).",
                      "en": "{title}, published by {producer}: {rows} rows and {columns} columns. This sheet says "
                            "where the data comes from, what was checked, the {steps} transformations applied "
                            "and what the {charts} charts show (and do not show)."},
    "sheet.unknown": {"fr": "non renseigné", "en": "not given"},
    "sheet.undated": {"fr": "sans date", "en": "undated"},
    "sheet.citation": {"fr": "{producer}, « {title} », {published}, {url}, {licence}.",
                       "en": "{producer}, “{title}”, {published}, {url}, {licence}."},
    "sheet.licence_word": {"fr": "licence {licence}", "en": "licence {licence}"},
    "sheet.schema_used": {"fr": "{name}{version}", "en": "{name}{version}"},
    "sheet.schema_none": {"fr": "aucun schéma (contrôles de qualité seulement)",
                          "en": "no schema (quality checks only)"},
    "sheet.conformity.ok": {"fr": "aucune erreur ; {warnings} avertissements, {infos} informations",
                            "en": "no error; {warnings} warnings, {infos} notes"},
    "sheet.conformity.errors": {"fr": "{errors} erreurs, {warnings} avertissements, {infos} informations",
                                "en": "{errors} errors, {warnings} warnings, {infos} notes"},
    "sheet.check_line": {"fr": "{severity} — {title} ({code}), {where} : {count}",
                         "en": "{severity} — {title} ({code}), {where}: {count}"},
    "sheet.severity.error": {"fr": "Erreur", "en": "Error"},
    "sheet.severity.warning": {"fr": "Avertissement", "en": "Warning"},
    "sheet.severity.info": {"fr": "Information", "en": "Note"},
    "sheet.in_column": {"fr": "dans « {column} »", "en": "in “{column}”"},
    "sheet.whole_table": {"fr": "tout le tableau", "en": "whole table"},
    "sheet.key.size": {"fr": "{rows} lignes, {columns} colonnes", "en": "{rows} rows, {columns} columns"},
    "sheet.kind.treemap": {"fr": "Treemap", "en": "Treemap"},
    "sheet.reading.treemap": {
        "fr": "Chaque rectangle a une aire proportionnelle à sa valeur ; les rectangles d'un même parent sont "
              "regroupés ; une même couleur désigne une même catégorie ; le rectangle gris « Autre » regroupe les "
              "petits postes (voir les limites ci-dessous).",
        "en": "Each rectangle's area is proportional to its value; rectangles of one parent sit together; one "
              "colour marks one category; the grey « Autre » rectangle gathers small items (see the limits below)."},
    "sheet.reading.default": {"fr": "Voir le texte alternatif et le tableau de données ci-dessous.",
                              "en": "See the alternative text and the data table below."},
    "sheet.caveat.placeholders": {"fr": "{count:n|cellule contient|cellules contiennent} une valeur de remplissage : {parts}.",
                                  "en": "{count:n|cell holds|cells hold} a filler value: {parts}."},
    "sheet.caveat.geocoded": {"fr": "Positions calculées par géocodage, pas publiées par le producteur : {step}.",
                              "en": "Positions computed by geocoding, not published by the producer: {step}."},
    "sheet.space.code_region": {"fr": "{count} régions ({column})", "en": "{count} regions ({column})"},
    "sheet.space.code_departement": {"fr": "{count} départements ({column})", "en": "{count} départements ({column})"},
    "sheet.space.code_insee": {"fr": "{count} communes ({column})", "en": "{count} communes ({column})"},
    "sheet.space.code_postal": {"fr": "{count} codes postaux ({column})", "en": "{count} postcodes ({column})"},
    "sheet.space.coordinates": {"fr": "{count} lignes géolocalisées ({column})",
                                "en": "{count} rows with a position ({column})"},
    "sheet.space.latitude": {"fr": "{count} lignes géolocalisées ({column})",
                             "en": "{count} rows with a position ({column})"},
    "sheet.vision.normal": {"fr": "vision ordinaire", "en": "ordinary vision"},
    "sheet.vision.protan": {"fr": "protanopie", "en": "protanopia"},
    "sheet.vision.deutan": {"fr": "deutéranopie", "en": "deuteranopia"},
    "sheet.vision.tritan": {"fr": "tritanopie", "en": "tritanopia"},
    "sheet.access.ok": {"fr": "{colours} couleurs distinctes pour les lecteurs daltoniens (protanopie, deutéranopie, "
                              "tritanopie : écart minimal ΔE {delta})",
                        "en": "{colours} colours that colour-blind readers tell apart (protanopia, deuteranopia, "
                              "tritanopia: smallest ΔE {delta})"},
    "sheet.access.hard": {"fr": "{colours} couleurs, dont deux sont proches pour : {visions} (écart minimal ΔE "
                                "{delta})",
                          "en": "{colours} colours, two of them close for: {visions} (smallest ΔE {delta})"},
    # only for charts whose text sits on the colours (treemap tiles)
    "sheet.access.text": {"fr": " ; texte noir ou blanc choisi par rectangle, contraste minimal {contrast}:1 "
                                "(WCAG AA : 4,5:1)",
                          "en": "; black or white text per rectangle, lowest contrast {contrast}:1 (WCAG AA: 4.5:1)"},
    # renderers (viz.export.sheet_render)
    "sheet.h.summary": {"fr": "En bref", "en": "In short"},
    "sheet.h.dataset": {"fr": "Les données", "en": "The data"},
    "sheet.h.columns": {"fr": "Colonnes", "en": "Columns"},
    "sheet.h.checks": {"fr": "Contrôles effectués", "en": "Checks performed"},
    "sheet.h.steps": {"fr": "Transformations appliquées", "en": "Transformations applied"},
    "sheet.h.charts": {"fr": "Graphiques", "en": "Charts"},
    "sheet.h.key_figures": {"fr": "Chiffres clés", "en": "Key figures"},
    "sheet.h.caveats": {"fr": "Limites et précautions", "en": "Caveats and limits"},
    "sheet.h.citation": {"fr": "Citer les données et la réutilisation", "en": "How to cite the data and the reuse"},
    "sheet.h.reuse": {"fr": "Réutilisation data.gouv.fr (JSON à coller)",
                      "en": "data.gouv.fr reuse (JSON to paste)"},
    "sheet.f.dataset_title": {"fr": "Titre du jeu de données", "en": "Dataset title"},
    "sheet.f.producer": {"fr": "Producteur", "en": "Producer"},
    "sheet.f.source_url": {"fr": "Source", "en": "Source"},
    "sheet.f.licence": {"fr": "Licence", "en": "Licence"},
    "sheet.f.published": {"fr": "Date de publication", "en": "Publication date"},
    "sheet.f.frequency": {"fr": "Fréquence de mise à jour", "en": "Update frequency"},
    "sheet.f.spatial": {"fr": "Couverture géographique", "en": "Spatial coverage"},
    "sheet.f.temporal": {"fr": "Couverture temporelle", "en": "Temporal coverage"},
    "sheet.f.size": {"fr": "Taille", "en": "Size"},
    "sheet.f.file": {"fr": "Fichier", "en": "File"},
    "sheet.f.schema": {"fr": "Schéma", "en": "Schema"},
    "sheet.f.conformity": {"fr": "Résultat", "en": "Result"},
    "sheet.f.title": {"fr": "Titre de la fiche", "en": "Sheet title"},
    "sheet.f.summary": {"fr": "Résumé", "en": "Summary"},
    "sheet.f.citation": {"fr": "Citation", "en": "Citation"},
    "sheet.f.checks": {"fr": "Contrôles (une ligne chacun)", "en": "Checks (one per line)"},
    "sheet.f.steps": {"fr": "Transformations (une ligne chacune)", "en": "Transformations (one per line)"},
    "sheet.f.key_figures": {"fr": "Chiffres clés (un par ligne)", "en": "Key figures (one per line)"},
    "sheet.f.caveats": {"fr": "Limites (une par ligne)", "en": "Caveats (one per line)"},
    "sheet.col.name": {"fr": "Colonne", "en": "Column"},
    "sheet.col.kind": {"fr": "Contenu détecté", "en": "Detected content"},
    "sheet.col.missing": {"fr": "Cellules vides", "en": "Empty cells"},
    "sheet.none": {"fr": "aucune", "en": "none"},
    "sheet.not_given": {"fr": "non renseignée", "en": "not given"},
    "sheet.reading_label": {"fr": "Comment lire", "en": "How to read it"},
    "sheet.alt_label": {"fr": "Texte alternatif", "en": "Alternative text"},
    "sheet.access_label": {"fr": "Couleurs et contraste", "en": "Colours and contrast"},
    "sheet.table_caption": {"fr": "Données du graphique", "en": "Chart data"},
    "sheet.table_more": {"fr": "… et {count} lignes de plus dans le tableau complet.",
                         "en": "… and {count} more rows in the full table."},
    "sheet.no_image": {"fr": "Image non disponible (Chromium absent) : le tableau ci-dessous donne les mêmes "
                             "valeurs.",
                       "en": "Image unavailable (no Chromium): the table below gives the same values."},
    "sheet.generated": {"fr": "Fiche produite le {date} par le Studio de valorisation des données ouvertes.",
                        "en": "Sheet produced on {date} by the open data valorisation studio."},
    "sheet.sha": {"fr": "empreinte SHA-256", "en": "SHA-256"},
}
MESSAGES.update({
    "sheet.pdf.missing": {"fr": "Le PDF ne peut pas être écrit ici : WeasyPrint ou ses bibliothèques (Pango) "
                                "manquent ({error}). Installez-les : `apt-get install libpango-1.0-0 "
                                "libpangoft2-1.0-0 fonts-dejavu-core` puis `pip install -r requirements.txt`. "
                                "Les fiches Markdown et HTML restent disponibles.",
                          "en": "The PDF cannot be written here: WeasyPrint or its libraries (Pango) are missing "
                                "({error}). Install them: `apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
                                "fonts-dejavu-core` then `pip install -r requirements.txt`. Markdown and HTML "
                                "sheets still work."},
})
MESSAGES.update({
    "sheet.cli.bad_output": {"fr": "la fiche s'écrit en .md, .html ou .pdf, pas « {suffix} ».",
                             "en": "the sheet is written as .md, .html or .pdf, not “{suffix}”."},
    "sheet.cli.written": {"fr": "Fiche écrite : {path} ({charts:n|graphique|graphiques}, {images:n|image|images}).",
                          "en": "Sheet written: {path} ({charts:n|chart|charts}, {images:n|image|images})."},
})
MESSAGES.update({
    "page.export": {"fr": "Exporter", "en": "Export"},
    "sheet.page.title": {"fr": "Exporter : la fiche de contextualisation", "en": "Export: the context sheet"},
    "sheet.page.intro": {"fr": "Tout ce qu'une réutilisation doit dire des données, pré-rempli depuis votre session "
                               "(jeu de données, contrôles, corrections, graphiques) et modifiable avant export.",
                         "en": "Everything a reuse must say about the data, pre-filled from your session (dataset, "
                               "checks, fixes, charts) and editable before export."},
    "sheet.page.default_chart": {"fr": "Aucun graphique dans la session : la fiche montre le treemap que le studio "
                                       "propose pour ces données (réglez-le sur la page Treemap).",
                                 "en": "No chart in the session: the sheet shows the treemap the studio suggests "
                                       "for this data (tune it on the Treemap page)."},
    "sheet.page.building": {"fr": "Préparation de la fiche…", "en": "Preparing the sheet…"},
    "sheet.page.tab_edit": {"fr": "Champs", "en": "Fields"},
    "sheet.page.tab_preview": {"fr": "Aperçu", "en": "Preview"},
    "sheet.page.tab_download": {"fr": "Télécharger", "en": "Download"},
    "sheet.page.chart": {"fr": "Graphique {number} : {title}", "en": "Chart {number}: {title}"},
    "sheet.page.chart_title": {"fr": "Titre du graphique", "en": "Chart title"},
    "sheet.page.topic": {"fr": "Thématique data.gouv.fr", "en": "data.gouv.fr topic"},
    "sheet.page.reuse_url": {"fr": "Adresse de la réutilisation", "en": "Address of the reuse"},
    "sheet.page.tags": {"fr": "Mots-clés (séparés par des virgules)", "en": "Tags (comma separated)"},
    "sheet.page.dl_md": {"fr": "Fiche Markdown", "en": "Markdown sheet"},
    "sheet.page.dl_html": {"fr": "Fiche HTML (autonome)", "en": "HTML sheet (self-contained)"},
    "sheet.page.dl_pdf": {"fr": "Fiche PDF", "en": "PDF sheet"},
    "sheet.page.project": {"fr": "Fichier de projet", "en": "Project file"},
    "sheet.page.project_help": {"fr": "Un seul fichier JSON garde toute la session (données d'origine, options de "
                                      "lecture, corrections, graphiques, champs de la fiche) : transmettez-le à "
                                      "l'équipe ou reprenez le travail demain.",
                                "en": "One JSON file keeps the whole session (original data, reading options, "
                                      "fixes, charts, sheet fields): hand it over or resume tomorrow."},
    "sheet.page.embed": {"fr": "Intégrer le fichier de données au projet", "en": "Embed the data file in the project"},
    "sheet.page.save_project": {"fr": "Enregistrer le projet", "en": "Save the project"},
    "sheet.page.load_project": {"fr": "Ouvrir un projet enregistré (JSON)", "en": "Open a saved project (JSON)"},
    "sheet.page.loaded": {"fr": "Projet « {name} » ouvert : données, corrections, graphiques et fiche restaurés.",
                          "en": "Project “{name}” opened: data, fixes, charts and sheet restored."},
})
MESSAGES.update({
    "alt.dep.kind.bars": {"fr": "Diagramme en barres", "en": "Bar chart"},
    "alt.dep.kind.map": {"fr": "Carte des départements", "en": "Map of départements"},
    "alt.dep.intro": {"fr": "{kind} {title} : {what} par département, {count} départements.",
                      "en": "{kind} {title}: {what} by département, {count} départements."},
    "alt.dep.total": {"fr": "Total : {total}.", "en": "Total: {total}."},
    "alt.dep.largest": {"fr": "Les plus élevés : {items}.", "en": "Highest: {items}."},
    "alt.dep.smallest": {"fr": "Le plus faible : {item}.", "en": "Lowest: {item}."},
    "alt.dep.col.code": {"fr": "Code", "en": "Code"},
    "alt.dep.col.name": {"fr": "Département", "en": "Département"},
    "alt.dep.col.value": {"fr": "Valeur", "en": "Value"},
    "alt.dep.col.rate": {"fr": "Pour 100 000 habitants", "en": "Per 100,000 inhabitants"},
    "alt.dep.key_largest": {"fr": "Département le plus élevé : {name}, {amount}",
                            "en": "Highest département: {name}, {amount}"},
    "sheet.kind.departements": {"fr": "Départements", "en": "Départements"},
    "sheet.reading.departements": {
        "fr": "Une barre (ou une teinte de la carte) par département ; plus la barre est longue (ou la teinte "
              "foncée), plus la valeur est grande. Les lignes qui n'ont pas pu être placées sont comptées dans "
              "les limites.",
        "en": "One bar (or one shade of the map) per département; the longer the bar (or the darker the shade), "
              "the larger the value. Rows that could not be placed are counted in the caveats."},
})
