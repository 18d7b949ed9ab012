"""Texts of the quality checks, their fixes, the Vérifier page and the table exports."""
MESSAGES = {
    "quality.kind.siret": {"fr": "numéros SIRET (14 chiffres)", "en": "SIRET numbers (14 digits)"},
    "quality.kind.siren": {"fr": "numéros SIREN (9 chiffres)", "en": "SIREN numbers (9 digits)"},
    "quality.kind.code_postal": {"fr": "codes postaux (5 chiffres)", "en": "postal codes (5 digits)"},
    "quality.kind.code_insee": {"fr": "codes INSEE de commune (5 caractères)", "en": "INSEE commune codes (5 characters)"},
    "quality.kind.code_departement": {"fr": "codes de département (2 chiffres)", "en": "département codes (2 digits)"},
    "quality.kind.code_region": {"fr": "codes de région (2 chiffres)", "en": "region codes (2 digits)"},
    "quality.kind.chapitre": {"fr": "chapitres budgétaires (3 chiffres)", "en": "budget chapters (3 digits)"},
    "quality.leading_zeros": {
        "fr": "Colonne « {column} » : {count} {kind_fr} ont perdu leur zéro initial (par exemple « {example} » au lieu de « {fixed} »), lignes {first}. "
              "C'est souvent un tableur qui les a lus comme des nombres. Correction proposée : compléter à gauche avec des zéros jusqu'à {width} chiffres.",
        "en": "Column “{column}”: {count} {kind_en} lost their leading zero (e.g. “{example}” instead of “{fixed}”), rows {first}. "
              "A spreadsheet usually read them as numbers. Suggested fix: left-pad with zeros up to {width} digits.",
    },
    "quality.fix.leading_zeros": {"fr": "Remettre les zéros initiaux dans « {column} » ({width} chiffres)",
                                  "en": "Restore leading zeros in “{column}” ({width} digits)"},
    "quality.code_spaces": {
        "fr": "Colonne « {column} » : {count} {kind_fr} sont écrits avec des espaces, des points ou une apostrophe, lignes {first}. "
              "Un code s'écrit d'un seul bloc de chiffres. Correction proposée : retirer ces séparateurs.",
        "en": "Column “{column}”: {count} {kind_en} are written with spaces, dots or an apostrophe, rows {first}. "
              "A code is one block of digits. Suggested fix: remove these separators.",
    },
    "quality.fix.code_spaces": {"fr": "Retirer les espaces des codes de « {column} »", "en": "Remove spaces from the codes of “{column}”"},
    "quality.whitespace": {
        "fr": "Colonne « {column} » : {count:n|cellule a|cellules ont} des espaces en trop ({edges} au début ou à la fin, {double:n|espace doublé|espaces doublés}, "
              "dont {nbsp} avec une espace insécable), lignes {first}. Ces espaces invisibles séparent des valeurs identiques. "
              "Correction proposée : supprimer les espaces au début et à la fin, et ne garder qu'une espace entre les mots.",
        "en": "Column “{column}”: {count:n|cell has|cells have} stray spaces ({edges} at the start or end, {double:n|doubled space|doubled spaces}, "
              "{nbsp} with a non-breaking space), rows {first}. These invisible spaces split equal values. "
              "Suggested fix: trim the spaces and keep a single space between words.",
    },
    "quality.fix.whitespace": {"fr": "Nettoyer les espaces de « {column} »", "en": "Clean the spaces of “{column}”"},
    "quality.empty_column": {
        "fr": "La colonne « {column} » est entièrement vide ({count:n|ligne|lignes}). Correction proposée : la supprimer.",
        "en": "Column “{column}” is entirely empty ({count:n|row|rows}). Suggested fix: delete it.",
    },
    "quality.empty_column.schema": {
        "fr": "La colonne « {column} » est entièrement vide, alors que le schéma la prévoit : il faut la remplir, pas la supprimer.",
        "en": "Column “{column}” is entirely empty although the schema defines it: fill it in rather than delete it.",
    },
    "quality.fix.empty_column": {"fr": "Supprimer la colonne vide « {column} »", "en": "Delete the empty column “{column}”"},
    "quality.mojibake": {
        "fr": "Colonne « {column} » : {count:n|cellule contient|cellules contiennent} des caractères mal encodés (« Ã© » au lieu de « é », « â‚¬ » au lieu de « € »), lignes {first}. "
              "Le texte a été enregistré en UTF-8 puis relu en Windows-1252. Correction proposée : redécoder ces cellules.",
        "en": "Column “{column}”: {count:n|cell holds|cells hold} garbled characters (“Ã©” for “é”, “â‚¬” for “€”), rows {first}. "
              "The text was saved as UTF-8 then read as Windows-1252. Suggested fix: re-decode these cells.",
    },
    "quality.fix.mojibake": {"fr": "Réparer les accents de « {column} »", "en": "Repair the accents of “{column}”"},
    "quality.inconsistent_case": {
        "fr": "Colonne « {column} » : une même catégorie est écrite de plusieurs façons ({shown}) ; {count:n|cellule concernée|cellules concernées}, lignes {first}. "
              "Un graphique les compterait séparément. Correction proposée : garder l'orthographe la plus fréquente.",
        "en": "Column “{column}”: one category is spelled several ways ({shown}); {count:n|cell|cells}, rows {first}. "
              "A chart would count them apart. Suggested fix: keep the most frequent spelling.",
    },
    "quality.fix.inconsistent_case": {"fr": "Harmoniser l'orthographe de « {column} »", "en": "Harmonise the spelling of “{column}”"},
    "quality.numeric_text": {
        "fr": "Colonne « {column} » : {count:n|nombre est écrit|nombres sont écrits} comme du texte (par exemple « {example} »), lignes {first}. "
              "Un logiciel ne peut pas les additionner tels quels. Correction proposée : les écrire sans espace ni symbole, avec un point décimal (1234.56).",
        "en": "Column “{column}”: {count:n|number is|numbers are} written as text (e.g. “{example}”), rows {first}. "
              "Software cannot sum them as they are. Suggested fix: write them without spaces or symbols, with a decimal point (1234.56).",
    },
    "quality.fix.numeric_text": {"fr": "Écrire les nombres de « {column} » au format 1234.56", "en": "Write the numbers of “{column}” as 1234.56"},
    "quality.mixed_dates": {
        "fr": "Colonne « {column} » : les dates sont écrites dans plusieurs formats ({iso} au format AAAA-MM-JJ, {fr} au format JJ/MM/AAAA, "
              "{excel:n|numéro de série Excel|numéros de série Excel}, {midnight} avec une heure 00:00) ; {count} à convertir, lignes {first}. "
              "Correction proposée : tout écrire au format ISO AAAA-MM-JJ.",
        "en": "Column “{column}”: dates are written in several formats ({iso} as YYYY-MM-DD, {fr} as DD/MM/YYYY, "
              "{excel:n|Excel serial number|Excel serial numbers}, {midnight} with a 00:00 time); {count} to convert, rows {first}. "
              "Suggested fix: write them all as ISO YYYY-MM-DD.",
    },
    "quality.fix.mixed_dates": {"fr": "Écrire les dates de « {column} » au format AAAA-MM-JJ", "en": "Write the dates of “{column}” as YYYY-MM-DD"},
    "quality.duplicate_row": {
        "fr": "{count:n|ligne est la copie exacte|lignes sont la copie exacte} d'une ligne précédente (la ligne {row} répète la ligne {original}), lignes {first}. "
              "Correction proposée : supprimer les copies et garder la première.",
        "en": "{count:n|row is an exact copy|rows are exact copies} of an earlier row (row {row} repeats row {original}), rows {first}. "
              "Suggested fix: delete the copies and keep the first.",
    },
    "quality.fix.duplicate_row": {"fr": "Supprimer les lignes en double", "en": "Delete the duplicate rows"},
    "quality.personal_data.email": {
        "fr": "Données personnelles possibles (RGPD) : la colonne « {column} » contient {count:n|adresse e-mail|adresses e-mail}, lignes {first}. "
              "Vérifiez qu'il ne s'agit pas d'adresses de personnes avant de publier ; sinon supprimez ou anonymisez la colonne.",
        "en": "Possible personal data (GDPR): column “{column}” holds {count:n|e-mail address|e-mail addresses}, rows {first}. "
              "Make sure they are not people's addresses before publishing; otherwise delete or anonymise the column.",
    },
    "quality.personal_data.phone": {
        "fr": "Données personnelles possibles (RGPD) : la colonne « {column} » contient {count:n|numéro|numéros} de téléphone, lignes {first}. "
              "Vérifiez qu'il ne s'agit pas de numéros personnels avant de publier ; sinon supprimez ou anonymisez la colonne.",
        "en": "Possible personal data (GDPR): column “{column}” holds {count:n|phone number|phone numbers}, rows {first}. "
              "Make sure they are not personal numbers before publishing; otherwise delete or anonymise the column.",
    },
    "quality.personal_data.nir": {
        "fr": "Données personnelles (RGPD) : la colonne « {column} » contient {count:n|numéro|numéros} de sécurité sociale (NIR), lignes {first}. "
              "Ces numéros ne doivent jamais être publiés : supprimez la colonne.",
        "en": "Personal data (GDPR): column “{column}” holds {count:n|French social security number|French social security numbers} (NIR), rows {first}. "
              "These numbers must never be published: delete the column.",
    },
    "quality.personal_data.iban": {
        "fr": "Données personnelles (RGPD) : la colonne « {column} » contient {count} IBAN, lignes {first}. "
              "Des coordonnées bancaires ne doivent pas être publiées : supprimez la colonne.",
        "en": "Personal data (GDPR): column “{column}” holds {count:n|IBAN|IBANs}, rows {first}. "
              "Bank details must not be published: delete the column.",
    },
    "quality.personal_data.person_name": {
        "fr": "Données personnelles possibles (RGPD) : la colonne « {column} » contient {count:n|nom qui ressemble|noms qui ressemblent} à ceux de personnes physiques, lignes {first}. "
              "Le nom d'un particulier bénéficiaire ne se publie qu'avec une base légale : vérifiez ces lignes et anonymisez-les si besoin.",
        "en": "Possible personal data (GDPR): column “{column}” holds {count:n|name that looks|names that look} like natural persons' names, rows {first}. "
              "A private individual's name is published only with a legal basis: check these rows and anonymise them if needed.",
    },
    "quality.fix.personal_data": {"fr": "Supprimer la colonne « {column} » (données personnelles)", "en": "Delete column “{column}” (personal data)"},
    "verify.title": {"fr": "Vérifier", "en": "Check"},
    "verify.intro": {
        "fr": "Le studio contrôle le fichier (schéma et qualité) et propose des corrections. Chaque correction est enregistrée comme une étape : le fichier original n'est jamais modifié.",
        "en": "The studio checks the file (schema and quality) and suggests fixes. Each fix is recorded as a step: the original file is never changed.",
    },
    "verify.schema": {"fr": "Schéma de données", "en": "Data schema"},
    "verify.schema.none": {"fr": "Aucun schéma (contrôles de qualité seulement)", "en": "No schema (quality checks only)"},
    "verify.schema.catalogue": {"fr": "Un schéma du catalogue", "en": "A catalogue schema"},
    "verify.schema.file": {"fr": "Un fichier JSON", "en": "A JSON file"},
    "verify.schema.url": {"fr": "Une adresse (URL)", "en": "An address (URL)"},
    "verify.schema.pick": {"fr": "Schéma", "en": "Schema"},
    "verify.schema.suggested": {"fr": "{title} (suggéré : {score} des colonnes reconnues)", "en": "{title} (suggested: {score} of the columns recognised)"},
    "verify.schema.upload": {"fr": "Fichier de schéma (Table Schema JSON)", "en": "Schema file (Table Schema JSON)"},
    "verify.schema.url_input": {"fr": "Adresse du schéma (https://…/schema.json)", "en": "Schema address (https://…/schema.json)"},
    "verify.summary": {"fr": "Résultat", "en": "Result"},
    "verify.errors": {"fr": "Erreurs", "en": "Errors"},
    "verify.warnings": {"fr": "Avertissements", "en": "Warnings"},
    "verify.infos": {"fr": "Remarques", "en": "Remarks"},
    "verify.valid": {"fr": "Le fichier est valide : aucune erreur bloquante.", "en": "The file is valid: no blocking error."},
    "verify.invalid": {"fr": "Le fichier n'est pas valide : {count:n|erreur|erreurs} à corriger.", "en": "The file is not valid: {count:n|error|errors} to fix."},
    "verify.nothing": {"fr": "Aucun problème trouvé.", "en": "No problem found."},
    "verify.findings": {"fr": "Problèmes trouvés, par colonne", "en": "Problems found, by column"},
    "verify.whole_table": {"fr": "Tout le tableau", "en": "Whole table"},
    "verify.severity.error": {"fr": "Erreur", "en": "Error"},
    "verify.severity.warning": {"fr": "Avertissement", "en": "Warning"},
    "verify.severity.info": {"fr": "Remarque", "en": "Remark"},
    "verify.count": {"fr": "{count:n|cellule|cellules}", "en": "{count:n|cell|cells}"},
    "verify.count.rows": {"fr": "{count:n|ligne|lignes}", "en": "{count:n|row|rows}"},
    "verify.show_rows": {"fr": "Afficher les lignes concernées", "en": "Show the rows concerned"},
    "verify.rows_shown": {"fr": "Lignes affichées : {shown} sur {count}.", "en": "Rows shown: {shown} of {count}."},
    "verify.preview": {"fr": "Aperçu de la correction", "en": "Preview of the fix"},
    "verify.col.row": {"fr": "Ligne", "en": "Row"},
    "verify.col.before": {"fr": "Avant", "en": "Before"},
    "verify.col.after": {"fr": "Après", "en": "After"},
    "verify.apply": {"fr": "Appliquer la correction", "en": "Apply the fix"},
    "verify.no_fix": {"fr": "Pas de correction automatique : à corriger dans le fichier source.", "en": "No automatic fix: correct it in the source file."},
    "verify.undo": {"fr": "Annuler la dernière correction", "en": "Undo the last fix"},
    "verify.steps": {"fr": "Corrections appliquées", "en": "Fixes applied"},
    "verify.no_steps": {"fr": "Aucune correction appliquée pour l'instant.", "en": "No fix applied yet."},
    "verify.downloads": {"fr": "Télécharger", "en": "Download"},
    "verify.prepare": {"fr": "Préparer les fichiers à télécharger", "en": "Prepare the files to download"},
    "verify.separator": {"fr": "Séparateur du CSV", "en": "CSV separator"},
    "verify.sep.semicolon": {"fr": "point-virgule ;", "en": "semicolon ;"},
    "verify.sep.comma": {"fr": "virgule ,", "en": "comma ,"},
    "verify.sep.tab": {"fr": "tabulation", "en": "tab"},
    "verify.bom": {"fr": "Pour Excel (UTF-8 avec BOM)", "en": "For Excel (UTF-8 with BOM)"},
    "verify.dl.csv": {"fr": "Fichier corrigé (CSV)", "en": "Corrected file (CSV)"},
    "verify.dl.xlsx": {"fr": "Fichier corrigé (XLSX)", "en": "Corrected file (XLSX)"},
    "verify.dl.steps": {"fr": "Étapes de correction (JSON)", "en": "Fix steps (JSON)"},
    "verify.dl.report_json": {"fr": "Rapport de vérification (JSON)", "en": "Check report (JSON)"},
    "verify.dl.report_csv": {"fr": "Rapport de vérification (CSV, une ligne par cellule)", "en": "Check report (CSV, one line per cell)"},
    "verify.dl.original": {"fr": "Fichier original, intact", "en": "Original file, untouched"},
    "verify.xlsx_too_big": {"fr": "Trop de lignes pour un fichier Excel : téléchargez le CSV.", "en": "Too many rows for an Excel file: download the CSV."},
}
