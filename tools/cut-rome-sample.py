#!/usr/bin/env python3
"""Cuts the ROME 4.0 test sample from the real release: a few fiches and every row that belongs to them.

Usage: tools/cut-rome-sample.py ../shared/data/rome4_v460 src/main/resources/demo/rome/v460
Rows are kept as the source writes them (every field quoted, "," separated, UTF-8), in the source's order.
"""
import csv, os, shutil, sys

FICHES = {"A1101", "A1102", "G1101", "G1107", "G1601", "G1602", "G1609", "G1610", "H1203", "H2902", "H2913",
          "H2916", "I1304", "I1323", "I1601", "M1805", "M1855", "N4301", "N4303"}
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst, exist_ok=True)
name = lambda base: f"unix_{base}_v460_utf8.csv"


def rows(base):
    with open(os.path.join(src, name(base)), newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        return next(reader), list(reader)


def write(base, header, kept):
    with open(os.path.join(dst, name(base)), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(header)
        w.writerows(kept)


def by_rome(base, column="code_rome", keep=lambda r: True):
    header, data = rows(base)
    i = header.index(column)
    kept = [r for r in data if r[i] in FICHES and keep(r)]
    write(base, header, kept)
    return header, kept


h, links = by_rome("liens_rome_referentiels")
ogrs = {r[h.index("code_ogr")] for r in links}
by_rome("coherence_item")
by_rome("referentiel_code_rome")
by_rome("referentiel_code_rome_riasec")
by_rome("cr_gd_dp")
by_rome("texte")
by_rome("rubrique_mobilite", keep=lambda r: r[1] in FICHES)
by_rome("referentiel_appellation")
for base in ["arborescence_centre_interet", "arborescence_secteur_activite", "arborescence_secteur_naf", "arborescence_thematique"]:
    by_rome(base)

h, data = rows("referentiel_competence")
skills = [r for r in data if r[0] in ogrs]
macros = {r[h.index("code_ogr_macro_comp")] for r in skills}
write("referentiel_competence", h, [r for r in data if r[0] in ogrs or r[0] in macros])
h, data = rows("referentiel_macro_competence_riasec")
write("referentiel_macro_competence_riasec", h, [r for r in data if r[0] in macros])
h, data = rows("referentiel_savoir")
write("referentiel_savoir", h, [r for r in data if r[0] in ogrs])
h, data = rows("referentiel_contexte_travail")
write("referentiel_contexte_travail", h, [r for r in data if r[0] in ogrs])
h, data = rows("item")
write("item", h, [r for r in data if r[0] in ogrs])
# Small reference lists are kept whole.
for base in ["centre_interet", "composition_bloc", "descriptif_rubrique", "domaine_professionnel", "grand_domaine",
             "secteur_activite", "secteur_naf", "sous_secteur_activite", "themes", "cr_gd_dp_appellations"]:
    if base == "cr_gd_dp_appellations":
        h, data = rows(base)
        write(base, h, [r for r in data if r[0] + r[1] + r[2] in FICHES])
    else:
        shutil.copyfile(os.path.join(src, name(base)), os.path.join(dst, name(base)))
shutil.copyfile(os.path.join(src, "version.txt"), os.path.join(dst, "version.txt"))
