"""Sample 2: grants to associations in 2024, SCDL subventions 2.1.1 columns, `;`, UTF-8 with BOM, decimal comma."""
from __future__ import annotations

import datetime as dt
import math
import random

from tools.samples_common import csv_text, luhn_complete, money_fr, rng, siret

# SCDL subventions 2.1.1, in the schema's order (schema.data.gouv.fr scdl/subventions/2.1.1).
HEADER = ["nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire",
          "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature", "conditionsVersement",
          "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention", "dispositifAide"]
ATTRIBUANT = "Commune de Bellerive-sur-Durance"
ATTRIBUANT_SIRET = luhn_complete(luhn_complete("21139990") + "0001")  # fictional: INSEE 13999 does not exist
N_ROWS = 599  # plus one duplicated row = 600 lines
FAULTS = {"siret_with_spaces": 15, "siret_13_digits": 4, "siret_bad_luhn": 6, "nature_misspelt": 9,
          "date_not_iso": 8, "email_in_objet": 3, "duplicate_rows": 1}

QUARTIERS = ["des Tilleuls", "de la Gare", "du Vieux-Bourg", "des Plantiers", "de Saint-Jean", "des Aubépines",
             "du Moulin", "de la Durance", "des Chênes", "du Château", "des Pins", "de la Roseraie",
             "des Oliviers", "du Canal", "de l'Étang", "des Vignes"]
SPORTS = ["Football club", "Tennis club", "Judo club", "Cercle des nageurs", "Rugby club", "Handball club",
          "Basket club", "Cyclo-club", "Boule", "Karaté club", "Gymnastique volontaire", "Athlétic club",
          "Escrime club", "Canoë-kayak club", "Volley-ball club", "Twirling club", "Aïkido club", "Badminton club"]
CULTURE = ["Harmonie municipale", "Chorale", "Compagnie théâtrale", "Ciné-club", "École de musique",
           "Les Amis du musée", "Atelier de peinture", "Cercle généalogique", "Club photo", "Danse et traditions",
           "Festival des arts de la rue", "Société d'histoire locale", "Jazz club", "Lire et faire lire"]
SOCIAL = ["Secours populaire - comité", "Restos du cœur - antenne", "Club des aînés", "Amicale laïque",
          "Épicerie solidaire", "Association des parents d'élèves de l'école", "Centre social", "Croix-Rouge - unité",
          "Association d'aide aux devoirs", "Banque alimentaire - antenne", "Jardins partagés"]
FESTIVE = ["Comité des fêtes", "Comité de quartier", "Amicale des locataires", "Association des commerçants"]
OBJETS = {
    "sport": ["Subvention de fonctionnement 2024", "Organisation du tournoi de printemps",
              "Déplacements en compétition", "Achat de matériel sportif", "École de sport - saison 2024-2025"],
    "culture": ["Subvention de fonctionnement 2024", "Concert de la Fête de la musique", "Saison culturelle 2024",
                "Exposition d'été", "Ateliers pour les scolaires"],
    "social": ["Subvention de fonctionnement 2024", "Aide alimentaire", "Accompagnement à la scolarité",
               "Ateliers numériques pour les seniors", "Sorties familles de l'été"],
    "festive": ["Fête de quartier", "Vide-grenier et fête de la Saint-Jean", "Marché de Noël",
                "Subvention de fonctionnement 2024"],
}
DISPOSITIFS = ["", "", "", "Appel à projets Politique de la ville", "Contrat local d'accompagnement à la scolarité",
               "Plan mercredi"]
EMAILS = ["contact : marie.lambert@gmail.com", "référente : sophie.garcia@orange.fr",
          "renseignements : j.martin84@free.fr"]


def _beneficiaries(r: random.Random) -> list[dict]:
    """About 260 associations: name, kind, SIRET, RNA number and usual grant size (euros)."""
    people = []
    for kind, names, scale, count in (("sport", SPORTS, 2200, 95), ("culture", CULTURE, 1500, 70),
                                      ("social", SOCIAL, 3000, 55), ("festive", FESTIVE, 600, 40)):
        for n in range(count):
            base = names[n % len(names)]
            suffix = QUARTIERS[(n // len(names) + n) % len(QUARTIERS)]
            name = f"{base} {suffix}" if n >= len(names) or kind in ("festive", "social") else f"{base} bellerivois"
            people.append({"name": name, "kind": kind, "siret": siret(r), "scale": scale,
                           "rna": f"W13{r.randint(1000000, 1009999)}" if r.random() < 0.8 else ""})
    for name, scale in (("Centre social et culturel La Passerelle", 150000),
                        ("Amicale du personnel communal de Bellerive", 60000),
                        ("Mission locale du pays de Durance", 45000), ("Office municipal des sports", 60000)):
        people.append({"name": name, "kind": "social", "siret": siret(r), "scale": scale, "rna": ""})
    seen, unique = set(), []
    for p in people:
        if p["name"] not in seen:
            seen.add(p["name"])
            unique.append(p)
    return unique


def _amount(r: random.Random, scale: int) -> int:
    """Heavy-tailed grant in cents: mostly round hundreds, a few large ones."""
    euros = scale * math.exp(r.gauss(0.0, 1.1))
    euros = round(euros, -2) if euros > 1000 else round(euros, -1)
    cents = int(max(euros, 150)) * 100
    return cents + (r.choice([0, 50, 25]) if r.random() < 0.1 else 0)


def _grant(r: random.Random, who: dict) -> list[str]:
    """One grant row, clean."""
    signed = dt.date(2024, 1, 15) + dt.timedelta(days=r.randint(0, 320))
    pay = signed + dt.timedelta(days=r.randint(10, 45))
    staged = r.random() < 0.25
    period = f"{pay.isoformat()}/2024-12-31" if staged else pay.isoformat()
    nature = r.choices(["aide en numéraire", "aide en nature", "aide en numéraire;aide en nature"], [90, 6, 4])[0]
    pct = "1" if r.random() < 0.7 else f"0,{r.randint(10, 95)}"
    return [ATTRIBUANT, ATTRIBUANT_SIRET, signed.isoformat(), f"DCM n° 2024-{r.randint(1, 160):03d}",
            who["name"], who["siret"], who["rna"], r.choice(OBJETS[who["kind"]]),
            money_fr(_amount(r, who["scale"]), with_thousands=False), nature,
            "échelonné" if staged else "unique", period, "", "oui" if r.random() < 0.02 else "non", pct,
            r.choice(DISPOSITIFS) if who["kind"] == "social" else ""]


def _apply_faults(r: random.Random, rows: list[list[str]]) -> list[list[str]]:
    """Put each documented fault on its own rows; returns rows with one duplicate."""
    free = list(range(len(rows)))
    r.shuffle(free)
    take = lambda n: [free.pop() for _ in range(n)]  # noqa: E731
    for i in take(FAULTS["siret_with_spaces"]):
        s = rows[i][5]
        rows[i][5] = f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"
    for i in take(FAULTS["siret_13_digits"]):
        rows[i][5] = siret(r, first="0")[1:]
    for i in take(FAULTS["siret_bad_luhn"]):
        s = rows[i][5]
        rows[i][5] = s[:-1] + str((int(s[-1]) + 3) % 10)
    for n, i in enumerate(take(FAULTS["nature_misspelt"])):
        rows[i][9] = "Aide en numéraire" if n < 5 else "NUMERAIRE"
    for i in take(FAULTS["date_not_iso"]):
        y, m, d = rows[i][2].split("-")
        rows[i][2] = f"{d}/{m}/{y}"
    for text, i in zip(EMAILS, take(FAULTS["email_in_objet"])):
        rows[i][7] = f"{rows[i][7]} ({text})"
    dup = take(1)[0]
    return rows[:dup + 1] + [list(rows[dup])] + rows[dup + 1:]


def build() -> bytes:
    """The whole file as bytes: UTF-8 with BOM, LF, `;`, amounts `1500,00`."""
    r = rng("subventions")
    people = _beneficiaries(r)
    rows = [_grant(r, p) for p in people]
    rows += [_grant(r, r.choice(people)) for _ in range(N_ROWS - len(rows))]
    rows.sort(key=lambda row: (row[2], row[4]))
    return ("\ufeff" + csv_text(HEADER, _apply_faults(r, rows), ";", "\n")).encode("utf-8")
