"""Texts of the project file (viz.project): save and reload a whole session."""

MESSAGES = {
    "project.too_big": {"fr": "Ce fichier de projet pèse {size_mb} Mo : au-delà de {max_mb} Mo, il n'est pas lu.",
                        "en": "This project file weighs {size_mb} MB: above {max_mb} MB it is not read."},
    "project.not_json": {"fr": "Ce fichier de projet n'est pas un JSON lisible ({error}).",
                         "en": "This project file is not readable JSON ({error})."},
    "project.too_deep": {"fr": "Ce fichier de projet imbrique plus de {depth} niveaux de listes ou d'objets : ce "
                               "n'est pas un projet du studio, il n'est pas lu.",
                         "en": "This project file nests more than {depth} levels of lists or objects: it is not a "
                               "studio project and is not read."},
    "project.not_project": {"fr": "Ce JSON n'est pas un projet du studio (attendu : \"format\": \"viz-project\", "
                                  "le fichier téléchargé par « Enregistrer le projet »).",
                            "en": "This JSON is not a studio project (expected \"format\": \"viz-project\", the "
                                  "file downloaded with “Save the project”)."},
    "project.version": {"fr": "Ce projet est en version {found} ; ce studio lit la version {expected}.",
                        "en": "This project is version {found}; this studio reads version {expected}."},
    "project.bad_part": {"fr": "La partie « {part} » du projet est mal formée.",
                         "en": "The “{part}” part of the project is malformed."},
    "project.bad_option": {"fr": "L'option de lecture « {option} » du projet est mal formée.",
                           "en": "The reading option “{option}” of the project is malformed."},
    "project.no_source": {"fr": "Le projet ne dit pas d'où viennent les données (ni fichier intégré, ni chemin, "
                                "ni adresse).",
                          "en": "The project does not say where the data comes from (no embedded file, path or "
                                "address)."},
    "project.bad_data": {"fr": "Les données intégrées au projet sont illisibles (base64 invalide).",
                         "en": "The data embedded in the project is unreadable (invalid base64)."},
    "project.missing_file": {"fr": "Le fichier source du projet est introuvable : « {path} ». Placez-le à côté du "
                                   "projet ou enregistrez le projet avec les données intégrées.",
                             "en": "The project's source file cannot be found: “{path}”. Put it next to the "
                                   "project or save the project with the data embedded."},
    "project.sha_mismatch": {"fr": "Le fichier « {filename} » n'est plus celui du projet (empreinte SHA-256 "
                                   "différente) : les corrections et graphiques ne s'y appliqueraient pas à coup sûr.",
                             "en": "The file “{filename}” is no longer the project's (different SHA-256): the fixes "
                                   "and charts might not apply to it."},
    "project.table_differs": {"fr": "Le tableau reconstruit diffère de celui du projet enregistré (empreinte "
                                    "différente) : ce studio lit le fichier autrement.",
                              "en": "The rebuilt table differs from the saved project's (different hash): this "
                                    "studio reads the file differently."},
    "project.unknown_chart": {"fr": "Graphique {chart} : type « {kind} » inconnu (connus : {known}).",
                              "en": "Chart {chart}: unknown kind “{kind}” (known: {known})."},
    "project.bad_chart": {"fr": "Graphique {chart} : réglages mal formés ({error}).",
                          "en": "Chart {chart}: malformed settings ({error})."},
    "project.chart_fails": {"fr": "Graphique {chart} : il ne peut plus être dessiné sur ces données. {error}",
                            "en": "Chart {chart}: it can no longer be drawn on this data. {error}"},
    "project.bad_sheet": {"fr": "Les champs de la fiche du projet sont mal formés ({error}).",
                          "en": "The project's sheet fields are malformed ({error})."},
}
