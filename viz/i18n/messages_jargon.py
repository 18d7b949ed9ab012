"""Plain French for the studio's internal codes: file formats, finding codes and schema columns are explained in
words; the code itself only in a detail line (« code : quality.leading_zeros »)."""
MESSAGES = {
    "jargon.code": {"fr": "code : {code}", "en": "code: {code}"},
    "jargon.column_code": {"fr": "colonne du fichier : {column} · code : {code}",
                           "en": "file column: {column} · code: {code}"},
    "jargon.format.csv": {"fr": "CSV (texte)", "en": "CSV (text)"},
    "jargon.format.xlsx": {"fr": "Excel (XLSX)", "en": "Excel (XLSX)"},
    "jargon.format.ods": {"fr": "Tableur (ODS)", "en": "Spreadsheet (ODS)"},
    "jargon.format.json": {"fr": "JSON", "en": "JSON"},
    "jargon.format.geojson": {"fr": "Carte (GeoJSON)", "en": "Map (GeoJSON)"},
    "jargon.format.budget_xml": {"fr": "Budget (XML)", "en": "Budget (XML)"},
    "jargon.format.nomenclature_xml": {"fr": "Plan de comptes (XML)", "en": "Chart of accounts (XML)"},
    "jargon.format.detail": {"fr": "format lu : {code}", "en": "format read: {code}"},
    "jargon.budget.detail": {
        "fr": "Détail technique : document budgétaire TOTEM (« DocumentBudgetaire », éléments Nature, CodRD, OpBudg, "
              "ContNat) ; colonnes BGT_* du schéma SCDL budget.",
        "en": "Technical detail: TOTEM budget document (“DocumentBudgetaire”, elements Nature, CodRD, OpBudg, ContNat); "
              "BGT_* columns of the SCDL budget schema.",
    },
}
