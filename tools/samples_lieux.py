"""Sample 3: places of digital inclusion in Provence-Alpes-Côte d'Azur, close to the médiation numérique standard."""
from __future__ import annotations

import csv
import datetime as dt
import math
import random
from pathlib import Path

from tools.samples_common import csv_text, rng, siret

COMMUNES_CSV = Path(__file__).with_name("communes_paca.csv")
HEADER = ["id", "pivot", "nom", "commune", "code_postal", "code_insee", "adresse", "latitude", "longitude",
          "typologie", "statut_juridique", "telephone", "courriels", "date_maj", "services",
          "dispositif_programmes_nationaux"]
N_PLACES = 994  # plus 6 duplicated places = 1,000 rows
JITTER_KM = 2.0
FAULTS = {"missing_coordinates": 40, "swapped_coordinates": 10, "wrong_departement": 8, "zero_coordinates": 2,
          "postal_code_lost_zero": 15, "decimal_comma_coordinates": 20, "duplicate_places": 6,
          "personal_emails": 5, "mobile_phones": 4}

# (typologie, statut juridique, name template, email local part, weight)
KINDS = [
    ("MUNI", "Commune", "France services de {c}", "franceservices", 8),
    ("BIB", "Commune", "Médiathèque {q}", "mediatheque", 16),
    ("BIB", "EPCI", "Médiathèque intercommunale {q}", "mediatheque", 4),
    ("CS", "Association", "Centre social {q}", "accueil", 14),
    ("EPN", "Commune", "Espace public numérique {q}", "epn", 10),
    ("CCAS", "Commune", "CCAS de {c}", "ccas", 7),
    ("MUNI", "Commune", "Mairie annexe {q}", "mairie", 5),
    ("ASSO", "Association", "Association {a}", "contact", 14),
    ("PIJ_BIJ", "Commune", "Point information jeunesse de {c}", "pij", 5),
    ("TIERS_LIEUX", "Association", "Tiers-lieu {a}", "bonjour", 5),
    ("FABLAB", "Entreprise", "Fablab {a}", "hello", 3),
    ("MDS", "Département", "Maison départementale des solidarités de {c}", "mds", 6),
    ("MJC", "Association", "MJC {q}", "mjc", 3),
]
QUARTIERS = ["Louis-Aragon", "Jean-Moulin", "Les Lilas", "La Source", "Saint-Roch", "Les Pins", "Le Château",
             "Centre-ville", "La Gare", "Les Oliviers", "Frédéric-Mistral", "Marcel-Pagnol", "Alphonse-Daudet",
             "Les Cigales", "La Treille", "Jean-Jaurès", "Simone-Veil", "Paul-Cézanne", "Les Calanques", "Le Port"]
ASSOS = ["Connexions solidaires", "Clic et déclic", "Numérique pour tous", "Les Petits Débrouillards",
         "Emmaüs Connect", "Génération numérique", "Pas à pas numérique", "Le Lien", "Cyber-seniors",
         "Inclusion 2.0", "Les Écrans partagés", "Famille et numérique", "Entraide informatique"]
STREETS = ["rue de la République", "avenue Jean-Jaurès", "place de la Mairie", "boulevard Gambetta",
           "rue Victor-Hugo", "avenue Charles-de-Gaulle", "rue Pasteur", "cours Mirabeau", "rue des Écoles",
           "avenue Frédéric-Mistral", "chemin des Oliviers", "place du Marché", "rue Émile-Zola",
           "boulevard de la Libération", "allée des Pins", "rue du 8-Mai-1945"]
SERVICES = ["Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien",
            "Insertion professionnelle via le numérique", "Utilisation sécurisée du numérique",
            "Accès internet et matériel informatique", "Parentalité et éducation avec le numérique"]
PROGRAMMES = ["Conseillers numériques", "Aidants Connect", "Point d'accès numérique CAF", "Certification PIX"]
PEOPLE = [("nathalie", "roux"), ("karim", "benali"), ("sandrine", "fabre"), ("julien", "blanc"),
          ("camille", "girard")]
PEOPLE_DOMAINS = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr"]


def communes() -> list[dict]:
    """The reference table: one row per (INSEE code, postal code) with the place's centre."""
    with COMMUNES_CSV.open(encoding="utf-8", newline="") as handle:
        return [dict(row, latitude=float(row["latitude"]), longitude=float(row["longitude"]))
                for row in csv.DictReader(handle)]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _jitter(r: random.Random, lat: float, lon: float) -> tuple[float, float]:
    """A point uniformly within JITTER_KM of (lat, lon)."""
    radius, angle = JITTER_KM * math.sqrt(r.random()), r.uniform(0, 2 * math.pi)
    return (lat + radius * math.sin(angle) / 111.2,
            lon + radius * math.cos(angle) / (111.2 * math.cos(math.radians(lat))))


def _slug(text: str) -> str:
    """Lower-case ASCII slug for web addresses."""
    table = str.maketrans("àâäéèêëîïôöùûüçœ'’ ", "aaaeeeeiioouuuco---")
    return "".join(ch for ch in text.lower().translate(table) if ch.isalnum() or ch == "-").strip("-")


def _place(r: random.Random, n: int, town: dict) -> list[str]:
    """One clean place."""
    typ, statut, template, local, _ = r.choices(KINDS, [k[4] for k in KINDS])[0]
    name = template.format(c=town["nom"], q=r.choice(QUARTIERS), a=r.choice(ASSOS))
    lat, lon = _jitter(r, town["latitude"], town["longitude"])
    site = f"{_slug(town['nom'])}.fr"
    services = "|".join(sorted(r.sample(SERVICES, r.randint(1, 3)), key=SERVICES.index))
    programmes = ["France Services"] if name.startswith("France services") else []
    programmes += [p for p in PROGRAMMES if r.random() < 0.25]
    return [f"lieu-{n:04d}", siret(r), name, town["nom"], town["code_postal"], town["code_insee"],
            f"{r.randint(1, 120)} {r.choice(STREETS)}", f"{lat:.5f}", f"{lon:.5f}", typ, statut,
            f"+334{r.choice(['90', '91', '92', '93', '94', '42', '86', '13'])}{r.randint(100000, 999999)}", f"{local}@{site}",
            (dt.date(2024, 1, 2) + dt.timedelta(days=r.randint(0, 360))).isoformat(), services,
            "|".join(programmes)]


def _other_departement_point(towns: list[dict], town: dict) -> dict:
    """The nearest commune of another département at least 15 km away: a wrong but plausible point."""
    others = [t for t in towns if t["departement"] != town["departement"]]
    far = [t for t in others if distance_km(t["latitude"], t["longitude"], town["latitude"], town["longitude"]) >= 15]
    return min(far, key=lambda t: distance_km(t["latitude"], t["longitude"], town["latitude"], town["longitude"]))


def _apply_faults(r: random.Random, rows: list[list[str]], towns: list[dict]) -> list[list[str]]:
    """Each documented fault on its own rows; the 6 duplicates (new id, same place) are appended in place."""
    free = list(range(len(rows)))
    r.shuffle(free)
    take = lambda n: [free.pop() for _ in range(n)]  # noqa: E731
    by_insee = {t["code_insee"]: t for t in towns}
    for i in take(FAULTS["missing_coordinates"]):
        rows[i][7] = rows[i][8] = ""
    for i in take(FAULTS["swapped_coordinates"]):
        rows[i][7], rows[i][8] = rows[i][8], rows[i][7]
    for i in take(FAULTS["wrong_departement"]):
        elsewhere = _other_departement_point(towns, by_insee[rows[i][5]])
        lat, lon = _jitter(r, elsewhere["latitude"], elsewhere["longitude"])
        rows[i][7], rows[i][8] = f"{lat:.5f}", f"{lon:.5f}"
    for i in take(FAULTS["zero_coordinates"]):
        rows[i][7] = rows[i][8] = "0"
    alpine = [i for i in free if rows[i][4][:2] in ("04", "05", "06")]
    for i in r.sample(alpine, FAULTS["postal_code_lost_zero"]):
        free.remove(i)
        rows[i][4] = rows[i][4][1:]
    for i in take(FAULTS["decimal_comma_coordinates"]):
        rows[i][7], rows[i][8] = rows[i][7].replace(".", ","), rows[i][8].replace(".", ",")
    for (first, last), domain, i in zip(PEOPLE, PEOPLE_DOMAINS, take(FAULTS["personal_emails"])):
        rows[i][12] = f"{first}.{last}@{domain}"
    for i in take(FAULTS["mobile_phones"]):
        rows[i][11] = f"+33{r.choice('67')}{r.randint(10000000, 99999999)}"
    for n, i in enumerate(sorted(take(FAULTS["duplicate_places"]))):
        rows.append([f"lieu-{N_PLACES + n + 1:04d}"] + rows[i][1:])
    return rows


def build() -> bytes:
    """The whole file as bytes: UTF-8, LF, `,`, coordinates with a decimal point."""
    r = rng("lieux")
    towns = communes()
    big = {"13055": 5, "06088": 6, "83137": 6}
    weights = [big.get(t["code_insee"], 3 if t["code_postal"].endswith("00") else 1) for t in towns]
    rows = [_place(r, n + 1, r.choices(towns, weights)[0]) for n in range(N_PLACES)]
    return csv_text(HEADER, _apply_faults(r, rows, towns), ",", "\n").encode("utf-8")
