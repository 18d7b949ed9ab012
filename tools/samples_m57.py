"""The part of the M57 chart of accounts used by the sample budget: chapters, natures (articles), weights.

Each chapter: (section, sens, code, label, target amount in euros or None for a balancing/linked chapter,
[(article, label, weight, spread)]) where spread is how many functions (fonctions) the article is split over.
"""
from __future__ import annotations

F, I, D, R = "Fonctionnement", "Investissement", "Dépense", "Recette"

# M57 functions used by the sample (code only); "01" = opérations non ventilables.
SERVICE_FONCTIONS = [
    "020", "021", "023", "024", "025", "026", "11", "12", "211", "212", "281", "288", "30", "311", "312",
    "313", "314", "321", "322", "323", "325", "33", "41", "421", "422", "423", "424", "510", "512", "52",
    "61", "72", "84",
]

CHAPTERS = [
    (F, D, "011", "Charges à caractère général", 6_900_000, [
        ("60611", "Eau et assainissement", 3, 16), ("60612", "Énergie - Électricité", 9, 22),
        ("60613", "Chauffage urbain", 2, 8), ("60621", "Combustibles", 3, 10), ("60622", "Carburants", 2, 8),
        ("60623", "Alimentation", 8, 8), ("60628", "Autres fournitures non stockées", 1, 14),
        ("60631", "Fournitures d'entretien", 2, 20), ("60632", "Fournitures de petit équipement", 3, 26),
        ("60633", "Fournitures de voirie", 1.5, 4), ("60636", "Vêtements de travail", 0.8, 14),
        ("6064", "Fournitures administratives", 0.8, 24),
        ("6065", "Livres, disques, cassettes... (bibliothèques et médiathèques)", 1, 3),
        ("6067", "Fournitures scolaires", 1.5, 5), ("6068", "Autres matières et fournitures", 1.5, 20),
        ("611", "Contrats de prestations de services", 12, 26), ("6132", "Locations immobilières", 1.5, 7),
        ("6135", "Locations mobilières", 2, 20), ("614", "Charges locatives et de copropriété", 0.5, 5),
        ("615221", "Entretien et réparations bâtiments publics", 5, 26),
        ("615231", "Entretien et réparations voiries", 4, 4),
        ("61551", "Entretien et réparations matériel roulant", 1.5, 14),
        ("61558", "Entretien et réparations autres biens mobiliers", 1, 20), ("6156", "Maintenance", 4, 26),
        ("6161", "Multirisques", 2, 4), ("617", "Études et recherches", 1, 5),
        ("6182", "Documentation générale et technique", 0.3, 14),
        ("6184", "Versements à des organismes de formation", 1.5, 8), ("6188", "Autres frais divers", 0.5, 12),
        ("6225", "Indemnités au comptable et aux régisseurs", 0.05, 1), ("6226", "Honoraires", 0.8, 5),
        ("6227", "Frais d'actes et de contentieux", 0.5, 3), ("6231", "Annonces et insertions", 0.3, 5),
        ("6232", "Fêtes et cérémonies", 2, 8), ("6236", "Catalogues et imprimés", 0.6, 14),
        ("6237", "Publications", 0.6, 3), ("6251", "Voyages et déplacements", 0.2, 12),
        ("6257", "Réceptions", 0.4, 12), ("6261", "Frais d'affranchissement", 0.5, 5),
        ("6262", "Frais de télécommunications", 1.2, 26), ("627", "Services bancaires et assimilés", 0.1, 1),
        ("6281", "Concours divers (cotisations...)", 0.4, 5), ("6283", "Frais de nettoyage des locaux", 2, 20),
        ("6288", "Autres services extérieurs", 2, 26), ("63512", "Taxes foncières", 1.5, 1),
        ("637", "Autres impôts, taxes et versements assimilés (autres organismes)", 0.2, 4),
    ]),
    (F, D, "012", "Charges de personnel et frais assimilés", 15_800_000, [
        ("6218", "Autre personnel extérieur", 0.8, 8), ("6331", "Versement de mobilité", 1.5, 26),
        ("6332", "Cotisations versées au F.N.A.L.", 0.4, 26),
        ("6336", "Cotisations au centre national et aux centres de gestion de la fonction publique territoriale",
         1, 26),
        ("6338", "Autres impôts, taxes et versements assimilés sur rémunérations", 0.2, 8),
        ("64111", "Rémunération principale", 40, 30),
        ("64112", "NBI, supplément familial de traitement et indemnité de résidence", 2, 28),
        ("64118", "Autres indemnités", 9, 30), ("64131", "Rémunérations", 9, 28),
        ("64138", "Autres indemnités", 1, 16), ("64168", "Autres emplois d'insertion", 0.5, 5),
        ("6417", "Rémunérations des apprentis", 0.5, 8), ("6451", "Cotisations à l'U.R.S.S.A.F.", 9, 30),
        ("6453", "Cotisations aux caisses de retraite", 16, 30), ("6454", "Cotisations aux A.S.S.E.D.I.C.", 0.5, 16),
        ("6455", "Cotisations pour assurance du personnel", 2, 4),
        ("6458", "Cotisations aux autres organismes sociaux", 0.5, 16),
        ("6474", "Versement aux autres œuvres sociales", 0.6, 2), ("6475", "Médecine du travail, pharmacie", 0.2, 2),
        ("6488", "Autres charges", 0.3, 8),
    ]),
    (F, D, "014", "Atténuations de produits", 350_000, [
        ("739223", "Fonds de péréquation des ressources communales et intercommunales", 3, 1),
        ("739115", "Prélèvement au titre de l'article 55 de la loi SRU", 1, 1),
        ("7398", "Reversements, restitutions et prélèvements divers", 0.3, 1),
    ]),
    (F, D, "65", "Autres charges de gestion courante", 3_900_000, [
        ("6531", "Indemnités", 1.6, 1), ("6533", "Cotisations de retraite", 0.1, 1),
        ("6534", "Cotisations de sécurité sociale - part patronale", 0.15, 1), ("6535", "Formation", 0.02, 1),
        ("6541", "Créances admises en non-valeur", 0.05, 1), ("6542", "Créances éteintes", 0.03, 1),
        ("6553", "Service d'incendie", 3, 1), ("65548", "Autres contributions", 0.5, 3),
        ("657351", "GFP de rattachement", 0.4, 1), ("657362", "CCAS", 8, 1),
        ("65737", "Autres établissements publics locaux", 0.5, 2),
        ("6574", "Subventions de fonctionnement aux associations et autres personnes de droit privé", 17, 16),
        ("65888", "Autres", 0.2, 3),
    ]),
    (F, D, "66", "Charges financières", 550_000, [
        ("66111", "Intérêts réglés à l'échéance", 9, 1), ("66112", "Intérêts - Rattachement des ICNE", 0.5, 1),
        ("6688", "Autres", 0.3, 1),
    ]),
    (F, D, "67", "Charges spécifiques", 80_000, [
        ("673", "Titres annulés (sur exercices antérieurs)", 1, 1), ("6714", "Bourses et prix", 0.6, 2),
    ]),
    (F, D, "68", "Dotations aux amortissements, dépréciations et provisions", 50_000, [
        ("6817", "Dotations aux dépréciations des actifs circulants", 1, 1),
    ]),
    (F, D, "023", "Virement à la section d'investissement", 2_400_000, [
        ("023", "Virement à la section d'investissement", 1, 1),
    ]),
    (F, D, "042", "Opérations d'ordre de transfert entre sections", 1_450_000, [
        ("6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", 1, 1),
    ]),
    (F, R, "013", "Atténuations de charges", 250_000, [
        ("6419", "Remboursements sur rémunérations du personnel", 3, 4),
        ("6459", "Remboursements sur charges de sécurité sociale et de prévoyance", 1, 2),
    ]),
    (F, R, "70", "Produits des services, du domaine et ventes diverses", 2_300_000, [
        ("70311", "Concessions dans les cimetières (produit net)", 0.4, 1),
        ("70323", "Redevance d'occupation du domaine public", 1.5, 2),
        ("7062", "Redevances et droits des services à caractère culturel", 1, 3),
        ("7063", "Redevances et droits des services à caractère sportif et de loisirs", 1.2, 4),
        ("7066", "Redevances et droits des services à caractère social", 2, 2),
        ("7067", "Redevances et droits des services périscolaires et d'enseignement", 5, 3),
        ("70846", "Mise à disposition de personnel facturée au GFP de rattachement", 1.5, 2),
        ("70876", "Remboursement de frais par le GFP de rattachement", 0.6, 1),
        ("70878", "Remboursement de frais par d'autres redevables", 0.4, 2),
    ]),
    (F, R, "731", "Fiscalité locale", 17_900_000, [
        ("73111", "Impôts directs locaux", 14, 1), ("73211", "Attribution de compensation", 3.2, 1),
        ("73212", "Dotation de solidarité communautaire", 0.4, 1),
        ("73223", "Fonds de péréquation des ressources communales et intercommunales", 0.3, 1),
    ]),
    (F, R, "73", "Impôts et taxes", 1_600_000, [
        ("7336", "Droits de place", 0.12, 1), ("7351", "Taxe sur la consommation finale d'électricité", 0.45, 1),
        ("7368", "Taxe locale sur la publicité extérieure", 0.15, 1),
        ("7381", "Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière", 1, 1),
    ]),
    (F, R, "74", "Dotations et participations", 5_600_000, [
        ("7411", "Dotation forfaitaire", 3, 1), ("74123", "Dotation de solidarité urbaine", 0.6, 1),
        ("74127", "Dotation nationale de péréquation", 0.4, 1), ("744", "FCTVA", 0.05, 1),
        ("7461", "DGD", 0.05, 1), ("74718", "Autres", 0.2, 2), ("7472", "Régions", 0.1, 2),
        ("7473", "Départements", 0.25, 3), ("7478", "Autres organismes", 0.8, 5),
        ("74834", "Compensation au titre des exonérations des taxes foncières", 0.25, 1),
    ]),
    (F, R, "75", "Autres produits de gestion courante", 450_000, [
        ("752", "Revenus des immeubles", 3, 5), ("757", "Redevances versées par les fermiers et concessionnaires",
                                                 0.6, 1),
        ("7588", "Autres produits divers de gestion courante", 0.5, 3),
    ]),
    (F, R, "77", "Produits spécifiques", 50_000, [
        ("7714", "Recouvrement sur créances admises en non-valeur", 0.2, 1),
        ("7788", "Produits exceptionnels divers", 1, 1),
    ]),
    (F, R, "042", "Opérations d'ordre de transfert entre sections", 180_000, [
        ("777", "Quote-part des subventions d'investissement transférée au compte de résultat", 1, 1),
    ]),
    (F, R, "002", "Résultat de fonctionnement reporté", None, [
        ("002", "Résultat de fonctionnement reporté", 1, 1),
    ]),
    (I, D, "20", "Immobilisations incorporelles (sauf 204)", 350_000, [
        ("202", "Frais liés à la réalisation des documents d'urbanisme et à la numérisation du cadastre", 1, 1),
        ("2031", "Frais d'études", 3, 8), ("2051", "Concessions et droits similaires", 1.5, 6),
    ]),
    (I, D, "204", "Subventions d'équipement versées", 400_000, [
        ("2041582", "Autres groupements - Bâtiments et installations", 1, 1),
        ("20422", "Personnes de droit privé - Bâtiments et installations", 1.5, 4),
    ]),
    (I, D, "21", "Immobilisations corporelles", 3_200_000, [
        ("2111", "Terrains nus", 1.5, 1), ("2128", "Autres agencements et aménagements de terrains", 2, 8),
        ("21312", "Bâtiments scolaires", 3, 3), ("21318", "Autres bâtiments publics", 3, 14),
        ("2135", "Installations générales, agencements, aménagements des constructions", 2, 14),
        ("2152", "Installations de voirie", 2, 2), ("21534", "Réseaux d'électrification", 0.8, 1),
        ("21568", "Autre matériel et outillage d'incendie et de défense civile", 0.2, 1),
        ("2158", "Autres installations, matériel et outillage techniques", 1.2, 14),
        ("2182", "Matériel de transport", 1.5, 6), ("21838", "Autre matériel informatique", 1.5, 22),
        ("21848", "Autres matériels de bureau et mobiliers", 1, 22),
        ("2188", "Autres immobilisations corporelles", 1.5, 22),
    ]),
    (I, D, "23", "Immobilisations en cours", 4_500_000, [
        ("2312", "Agencements et aménagements de terrains", 1, 4), ("2313", "Constructions", 6, 12),
        ("2315", "Installations, matériel et outillage techniques", 4, 5),
    ]),
    (I, D, "16", "Emprunts et dettes assimilées", 2_100_000, [
        ("1641", "Emprunts en euros", 20, 1), ("165", "Dépôts et cautionnements reçus", 0.05, 1),
        ("16878", "Autres organismes et particuliers", 0.3, 1),
    ]),
    (I, D, "040", "Opérations d'ordre de transfert entre sections", "042/Recette", [
        ("13911", "État et établissements nationaux", 0.3, 1), ("13913", "Départements", 0.4, 1),
        ("13918", "Autres", 0.3, 1),
    ]),
    (I, D, "041", "Opérations patrimoniales", 120_000, [("2313", "Constructions", 1, 1)]),
    (I, D, "001", "Solde d'exécution de la section d'investissement reporté", 900_000, [
        ("001", "Solde d'exécution de la section d'investissement reporté", 1, 1),
    ]),
    (I, R, "10", "Dotations, fonds divers et réserves", 1_900_000, [
        ("10222", "FCTVA", 0.9, 1), ("10226", "Taxe d'aménagement", 0.2, 1),
        ("1068", "Excédents de fonctionnement capitalisés", 0.8, 1),
    ]),
    (I, R, "13", "Subventions d'investissement", 2_300_000, [
        ("1321", "État et établissements nationaux", 0.5, 2), ("1322", "Régions", 0.6, 2),
        ("1323", "Départements", 0.8, 3), ("13251", "GFP de rattachement", 0.3, 2),
        ("1341", "Dotation d'équipement des territoires ruraux (DETR)", 0.4, 1),
        ("1342", "Amendes de police", 0.1, 1),
    ]),
    (I, R, "024", "Produits des cessions d'immobilisations", 300_000, [
        ("024", "Produits des cessions d'immobilisations", 1, 1),
    ]),
    (I, R, "021", "Virement de la section de fonctionnement", "023/Dépense", [
        ("021", "Virement de la section de fonctionnement", 1, 1),
    ]),
    (I, R, "040", "Opérations d'ordre de transfert entre sections", "042/Dépense", [
        ("28031", "Frais d'études", 0.6, 1), ("28051", "Concessions et droits similaires", 0.8, 1),
        ("28128", "Autres agencements et aménagements de terrains", 1.2, 1),
        ("28135", "Installations générales, agencements, aménagements des constructions", 2.5, 1),
        ("28158", "Autres installations, matériel et outillage techniques", 1.4, 1),
        ("28182", "Matériel de transport", 1.6, 1), ("281838", "Autre matériel informatique", 1.5, 1),
        ("281848", "Autres matériels de bureau et mobiliers", 0.7, 1),
        ("28188", "Autres immobilisations corporelles", 1.2, 1),
    ]),
    (I, R, "041", "Opérations patrimoniales", "041/Dépense", [("2031", "Frais d'études", 1, 1)]),
    (I, R, "16", "Emprunts et dettes assimilées", None, [("1641", "Emprunts en euros", 1, 1)]),
]

# Where single-function articles go (the rest go to "01", opérations non ventilables).
FIXED_FONCTION = {
    "6531": "021", "6533": "021", "6534": "021", "6535": "021", "6553": "12", "657362": "424",
    "70311": "026", "6225": "020", "627": "020", "63512": "020", "2111": "510", "21534": "512",
    "21568": "12", "202": "510", "1342": "84", "2041582": "510", "7336": "61",
}
