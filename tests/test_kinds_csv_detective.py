"""Our kinds against csv-detective's own lists of valid and invalid values, for every format we share.

The values below are data copied from the `_test_values` of the formats of datagouv/csv-detective
(the detector behind explore.data.gouv.fr, MIT licence), csv_detective/formats/<format>.py at commit
0afd8352c8be8c8c55b364f4c7ccd714d77eb3b9; numbers given there as Python floats are written as text.
Each value is tried as a column of that value, under a column name csv-detective lists as a label of the
format (our name hints play the role of its labels). Formats we do not share (percent, FANTOIR, RNB id,
ISO country codes, CSP, weekdays, uuid...) are not listed.
"""
from __future__ import annotations

import pandas as pd
import pytest

from viz.kinds import detect_kind

CSV_DETECTIVE = {
    "siret": {True: ["13002526500013", "130 025 265 00013"], False: ["13002526500012"]},
    "siren": {True: ["552100554", "552 100 554"], False: ["42"]},
    "code_postal": {True: ["75020", "01000"], False: ["77777", "018339"]},
    "code_commune": {True: ["91471", "01053"], False: ["914712", "01000"]},
    "code_departement": {True: ["75", "2A", "2b", "974", "01"], False: ["00", "96", "101"]},
    "code_region": {True: ["32"], False: ["55"]},
    "bool": {True: ["oui", "0", "1", "yes", "false", "True"], False: ["nein", "ja", "2", "-0"]},
    "date": {True: ["1960-08-07", "12/02/2007", "15 jan 1985", "15 décembre 1985", "02 05 2003", "20030502",
                    "2003.05.02", "1993-12/02"],
             False: ["1993-1993-1993", "39-10-1993", "19-15-1993", "15 tambour 1985", "12152003", "20031512",
                     "02052003", "6.27367393749392839"]},
    "date_fr": {True: ["13 février 1996", "15 decembre 2024"], False: ["44 march 2025"]},
    "datetime_naive": {True: ["2021-06-22 10:20:10", "2030/06-22   00:00:00", "2030/06/22 00:00:00.0028",
                              "12/31/2022 12:00:00", "12:00:00 12/31/2022"],
                       False: ["2021-06-22T30:20:10", "Sun, 06 Nov 1994 08:49:37 GMT", "2021-06-44 10:20:10+02:00",
                               "1999-12-01T00:00:00Z", "2021-06-44", "15 décembre 1985", "0.001175692961729795"]},
    "datetime_aware": {True: ["2021-06-22 10:20:10-04:00", "2030-06-22 00:00:00.0028+02:00", "2000-12-21 10:20:10.1Z",
                              "2024-12-19T10:53:36.428000+00:00", "1996/06/22 10:20:10 GMT",
                              "12/31/2022 12:00:00-04:00", "12:00:00-04:00 12/31/2022"],
                       False: ["2021-06-22T30:20:10", "Sun, 06 Nov 1994 08:49:37 GMT", "2021-06-44 10:20:10",
                               "0.001175692961729795", "2030-06-22 00:00:00X0028+02:00"]},
    "email": {True: ["cdo_intern@data.gouv.fr", "P.NOM@CIE.LONGDOMAIN"], False: ["cdo@@gouv.sfd"]},
    "url": {True: ["www.data.gouv.fr", "http://data.gouv.fr", "https://www.youtube.com/@data-gouv-fr",
                   "https://tabular-api.data.gouv.fr/api/resources/aaaaaaaa-1111-bbbb-2222-cccccccccccc/data/"
                   "?score__greater=0.9&decompte__exact=13",
                   "https://une-ville.fr/délibérations/2025/Doc avec espaces et àccëñts.pdf"],
            False: ["tmp@data.gouv.fr"]},
    "float": {True: ["1", "0", "1764", "-24", "1.2", "1863.23", "-12.7", "0.1", "1.9764E-1", "19.01e-29", "-9.1e-9",
                     "1.4292405299487610865", "1,4292405299487610865", "inf", "nan"],
              False: ["01053", "01053.89", "1e3", "-1e3", "123_456", "123_456.78", "+35", "+35.9",
                      "14292405299487610865"]},
    "int": {True: ["1", "0", "1764", "-24"], False: ["01053", "1.2", "123_456", "+35", "14292405299487610865"]},
    "money": {True: ["120€", "-20.2$"], False: ["200", "100 euros"]},
    "latitude_wgs": {True: ["43.2872", "-22.61", "-22,61", "-3.0", "-3.4"], False: ["100.1973", "40", "94.5"]},
    "longitude_wgs": {True: ["120.8263", "-20.27", "-20,27", "31.0", "31.2"], False: ["-200", "20", "-182.3"]},
    "latlon_wgs": {True: ["43.2,-22.6", "-10.71,140.0", "-40.791, 10.81", "[12.01,-0.28]"],
                   False: ["0.1,192", "-102, 92", "[23.02,4.1", "23.02,4.1]", "160.1,-27", "1,2", "43, -23"]},
    "lonlat_wgs": {True: ["-22.6,43.012", "140.0,-10.70", "10.829, -40.71", "[-0.28,12.43]"],
                   False: ["192,0.1", "92, -102", "[4.1,23.02", "4.1,23.02]", "-27,160.1", "2,4", "-22, 43.0"]},
    "latitude_l93": {True: ["6037008", "7123528.5", "7124528,5"],
                     False: ["0", "-6734529.6", "7245669.8", "3422674,78", "32_34"]},
    "longitude_l93": {True: ["0", "-154", "1265783,45", "34723.4"], False: ["1456669.8", "-776225", "346_3214"]},
    "code_rna": {True: ["W751515517"],
                 False: ["W111111111111111111111111111111111111", "w143788974", "W12", "678W23456", "165789325",
                         "Wa1#89sf&h"]},
    "code_epci": {True: ["200000172", "243 700 754"], False: ["130025265"]},
    "uai": {True: ["0422170F"], False: ["04292E"]},
    "insee_ape700": {True: ["0116Z"], False: ["0116A"]},
    "year": {True: ["2015", "2020"], False: ["20166", "123", "2020.5", "156"]},
    "departement": {True: ["essonne"], False: ["alabama", "auvergne"]},
    "commune": {True: ["saint denis"], False: ["new york", "lion"]},
    "region": {True: ["bretagne", "ile-de-france"], False: ["baviere", "overgne"]},
    "tel_fr": {True: ["0134643467"], False: ["6625388263", "01288398"]},
}

# csv-detective format -> (a column name among its labels, the kinds of ours that say the same thing)
SHARED = {
    "siret": ("siret", {"siret"}), "siren": ("siren", {"siren"}), "code_postal": ("code_postal", {"code_postal"}),
    "code_commune": ("code_commune", {"code_insee"}), "code_departement": ("code_departement", {"code_departement"}),
    "code_region": ("code_region", {"code_region"}), "bool": ("est_gratuit", {"boolean"}),
    "date": ("date", {"date"}), "date_fr": ("date", {"date"}),
    "datetime_naive": ("date_maj", {"datetime"}), "datetime_aware": ("date_maj", {"datetime"}),
    "email": ("email", {"email"}), "url": ("url", {"url"}), "float": ("valeur", {"number", "integer"}),
    "int": ("nombre", {"integer"}), "money": ("valeur", {"money"}),
    "latitude_wgs": ("latitude", {"latitude"}), "longitude_wgs": ("longitude", {"longitude"}),
    "latlon_wgs": ("geo_point", {"coordinates"}), "lonlat_wgs": ("geo_point", {"coordinates"}),
    "latitude_l93": ("coordonnee_y", {"lambert93_y"}), "longitude_l93": ("coordonnee_x", {"lambert93_x"}),
    "code_rna": ("rna", {"rna"}), "code_epci": ("epci", {"epci"}), "uai": ("uai", {"uai"}),
    "insee_ape700": ("code_ape", {"naf"}), "year": ("annee", {"year"}),
    "departement": ("departement", {"departement"}), "region": ("region", {"region"}),
    "commune": ("commune", {"commune"}),
    "tel_fr": ("telephone", {"telephone"}),
}
# Refusing these needs the list of real codes: viz/reference (communes, La Poste's postal codes) gives it.
NEEDS_REFERENCE: set[tuple[str, str]] = set()
# Refused by csv-detective's naive format only because it carries a zone: an aware datetime, so one of ours.
AWARE = {("datetime_naive", "1999-12-01T00:00:00Z")}


def _cases() -> list[tuple[str, str, bool]]:
    """(format, value, valid); a value invalid for one format but valid for another format that maps to the
    same kind of ours (`1999-12-01T00:00:00Z`: not naive, but aware) is valid for that kind."""
    cases = []
    for fmt, lists in CSV_DETECTIVE.items():
        kinds = SHARED[fmt][1]
        elsewhere = {v for other, (_, k) in SHARED.items() if k == kinds and other != fmt
                     for v in CSV_DETECTIVE[other][True]}
        cases += [(fmt, v, True) for v in lists[True]]
        cases += [(fmt, v, False) for v in lists[False] if v not in elsewhere and (fmt, v) not in NEEDS_REFERENCE | AWARE]
    return cases


@pytest.mark.parametrize("fmt,value,valid", _cases())
def test_csv_detective_values(fmt, value, valid):
    name, kinds = SHARED[fmt]
    kind = detect_kind(name, pd.Series([value] * 5, dtype="str"))
    assert (kind in kinds) == valid, (fmt, name, value, kind)


def test_every_shared_format_is_listed():
    assert set(SHARED) == set(CSV_DETECTIVE) and len(SHARED) == 31


@pytest.mark.parametrize("name,values,kind", [
    ("bibli_latlong_x", ["2.3522", "5.41423"], "longitude"),
    ("bibli_latlong_y", ["48.8566", "43.52609"], "latitude"),
    ("lng", ["2.3522", "-1.55"], "longitude"),
    ("long", ["2.3522", "-1.55"], "longitude"),
    ("x", ["652469.5", "1045000"], "lambert93_x"),
    ("Y", ["6862035.3", "6280000"], "lambert93_y"),
    ("pourcentageSubvention", ["0.5", "1", "0.25"], "number"),
    ("taux_subvention", ["12,5", "50"], "number"),
    ("est_ouvert", ["0", "1", "1"], "boolean"),
    ("code_postal_ok", ["0", "1", "1"], "integer"),
    ("rnaBeneficiaire", ["W751515517", "552100554"], "rna"),
])
def test_names_say_what_a_column_holds(name, values, kind):
    assert detect_kind(name, pd.Series(values * 3, dtype="str")) == kind
