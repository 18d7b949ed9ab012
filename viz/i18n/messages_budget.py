"""Messages of the budget XML → SCDL budget conversion."""

MESSAGES = {
    "budget.scdl.step": {
        "fr": "Convertir les lignes budgétaires au format SCDL budget (BGT_*)",
        "en": "Convert the budget lines to the SCDL budget format (BGT_* columns)",
    },
    "budget.scdl.converted": {
        "fr": "Les lignes du document budgétaire ont été converties au format SCDL budget avant la vérification.",
        "en": "The budget document's lines were converted to the SCDL budget format before checking.",
    },
    "budget.scdl.info": {
        "fr": ("Ce fichier est un document budgétaire au format XML (TOTEM) : une ligne par article du budget, "
               "avec les codes du document (Nature, CodRD, OpBudg…). Le schéma national « SCDL budget » décrit "
               "les mêmes informations sous forme de colonnes BGT_* avec des mots (dépense, recette, réel, "
               "ordre, investissement, fonctionnement). La conversion réécrit chaque ligne dans ce format, sans "
               "rien inventer : ce que le document ne contient pas (compte par nature ContNat, libellés de la "
               "nomenclature M57) reste vide et sera signalé par la vérification. Le fichier d'origine n'est "
               "pas modifié et la conversion peut être annulée."),
        "en": ("This file is a budget document in XML (TOTEM): one row per budget line, with the document's "
               "codes (Nature, CodRD, OpBudg…). The national « SCDL budget » schema describes the same facts "
               "as BGT_* columns in words (dépense, recette, réel, ordre, investissement, fonctionnement). "
               "The conversion rewrites every line in that form without inventing anything: what the document "
               "lacks (ContNat account, M57 nomenclature labels) stays empty and the check reports it. The "
               "original file is not modified and the conversion can be undone."),
    },
    "budget.scdl.convert": {
        "fr": "Convertir au format SCDL budget",
        "en": "Convert to the SCDL budget format",
    },
}
