"""Messages of the budget XML → SCDL budget conversion."""

MESSAGES = {
    "budget.scdl.step": {
        "fr": "Convertir les lignes budgétaires au format national SCDL budget",
        "en": "Convert the budget lines to the national SCDL budget format",
    },
    "budget.scdl.converted": {
        "fr": "Les lignes du document budgétaire ont été converties au format SCDL budget avant la vérification.",
        "en": "The budget document's lines were converted to the SCDL budget format before checking.",
    },
    "budget.scdl.info": {
        "fr": ("Ce fichier est un budget publié au format XML des comptes publics : une ligne par article du budget, "
               "écrite avec les codes du document. Le schéma national « SCDL budget » décrit les mêmes informations "
               "en colonnes lisibles, avec des mots (dépense ou recette, opération réelle ou d'ordre, investissement "
               "ou fonctionnement). La conversion réécrit chaque ligne dans ce format, sans rien inventer : ce que le "
               "document ne contient pas (le compte par nature, les libellés du plan de comptes M57) reste vide et "
               "la vérification le signale. Le fichier d'origine n'est pas modifié et la conversion peut être annulée."),
        "en": ("This file is a budget published in the public accounts' XML format: one row per budget line, written "
               "with the document's codes. The national « SCDL budget » schema describes the same facts as readable "
               "columns in words (spending or revenue, real or order operation, investment or operating). The "
               "conversion rewrites every line in that form without inventing anything: what the document lacks (the "
               "account by nature, the M57 chart's labels) stays empty and the check reports it. The original file "
               "is not modified and the conversion can be undone."),
    },
    "budget.scdl.convert": {
        "fr": "Convertir au format SCDL budget",
        "en": "Convert to the SCDL budget format",
    },
}
