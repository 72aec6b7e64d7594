#!/usr/bin/env python3
"""Chooses, for each demo campus, a real apprentice centre (CFA) of its commune, else of its département, from the
Éducation nationale list of CFA under regional agreement (cfa_sous_convention_regionale_uai.csv, cp1252), preferring
one whose name matches the campus's sector. Prints the rows to add to src/main/resources/demo/organisations.csv
(with UAI, street and postcode) and to memberships.csv, and the support column values for campuses.csv.

Usage: tools/demo_establishments.py /work/shared/data/formations/cfa_sous_convention_regionale_uai.csv \
           src/main/resources/demo/campuses.csv
"""
import csv
import re
import sys

KEYWORDS = {
    "Infrastructures": ["TRAVAUX PUBLICS", "BTP", "BATIMENT", "COMPAGNONS"],
    "Matériaux": ["INDUSTRIE", "CFAI", "PLASTURGIE", "METALLURGIE", "BOIS"],
    "Création": ["ARTS", "GRAFIPOLIS", "DESIGN", "ARTISANAT", "COUTURE"],
    "Mobilité": ["AUTOMOBILE", "INDUSTRIE", "CFAI", "AERONAUTI", "GARAC", "PROMOTRANS", "TRANSPORT"],
    "Services à la personne": ["SANITAIRE", "SANTE", "SERVICES", "COIFFURE", "PHARMACIE"],
    "Chimie": ["PHARMACIE", "INDUSTRIE", "CHIMIE", "AGRI"],
    "Tourisme": ["HOTEL", "HÔTEL", "RESTAURATION", "TOURISME", "ARTISANAT", "METIERS"],
    "Transition énergétique": ["INDUSTRIE", "CFAI", "ENERGIE", "BTP"],
    "Numérique": ["NUMERIQUE", "INFORMATIQUE", "IMT", "INSTITUT", "CCI"],
    "Systèmes innovants": ["INDUSTRIE", "CFAI", "AUTOMOBILE", "MECANIQUE"],
    "Services aux entreprises": ["PROMOTRANS", "TRANSPORT", "CCI", "COMMERCE"],
    "Alimentation": ["BOULANGERIE", "ALIMENTATION", "AGRI", "CHARCUTERIE"],
}
ACRONYMS = {"btp", "cfa", "cfai", "cci", "imt", "idf", "npdc", "afpi", "fc", "ise", "urma"}
SMALL = {"de", "des", "du", "la", "le", "les", "et", "d'", "l'", "en", "aux", "au"}


def commune(code):
    """Paris, Lyon and Marseille arrondissements belong to their commune."""
    if code.startswith("751"):
        return "75056"
    if code.startswith("132"):
        return "13055"
    if code.startswith("6938"):
        return "69123"
    return code


def nice(text):
    words = re.sub(r"\s+", " ", text.strip()).lower().split(" ")
    out = []
    for i, w in enumerate(words):
        if w in ACRONYMS:
            out.append(w.upper())
        elif i > 0 and w in SMALL:
            out.append(w)
        elif w.startswith(("d'", "l'")):
            out.append(w[:2] + w[2:].capitalize())
        else:
            out.append("-".join(p.capitalize() for p in w.split("-")))
    return " ".join(out)


def name(r):
    patronyme = r["patronyme_uai"].strip()
    if not patronyme:
        return "CFA de " + r["commune_libe"].strip()
    text = nice(patronyme)
    text = text[0].lower() + text[1:] if text.startswith(("De ", "Des ", "Du ", "D'")) else text
    return text if text.startswith("CFA ") else "CFA " + text


def main(cfa_path, campuses_path):
    with open(cfa_path, encoding="cp1252", newline="") as f:
        cfas = [r for r in csv.DictReader(f, delimiter=";") if not r["date_fermeture"].strip()]
    with open(campuses_path, encoding="utf-8", newline="") as f:
        campuses = list(csv.DictReader(f, delimiter=";"))
    chosen = {}
    for c in campuses:
        code = c["code_commune"]
        same = [r for r in cfas if commune(r["commune"]) == code]
        dept = [r for r in cfas if r["commune"][:2] == code[:2]]
        words = next((v for k, v in KEYWORDS.items() if c["filiere"].startswith(k)), [])
        def score(r):
            text = (r["patronyme_uai"] + " " + r["denomination_principale"]).upper()
            return (-sum(w in text for w in words), r["numero_uai"])
        pool = sorted(same, key=score) if same and score(sorted(same, key=score)[0])[0] < 0 else sorted(same + dept, key=score)
        if not pool:
            continue
        chosen[c["nom"]] = pool[0]
    print("# organisations.csv rows (cle;type;nom;sigle;code_commune;site_web;description;uai;adresse;code_postal)")
    for r in {r["numero_uai"]: r for r in chosen.values()}.values():
        print(";".join(["cfa" + r["numero_uai"].lower(), "APPRENTICE_CENTRE", name(r), "", commune(r["commune"]), "",
                        "Centre de formation d'apprentis (liste nationale des CFA sous convention régionale).",
                        r["numero_uai"], nice(r["adresse_uai"]) if r["adresse_uai"].strip() else "", r["code_postal_uai"]]))
    print("# memberships.csv rows (campus;organisation;role)")
    for campus, r in chosen.items():
        print(";".join([campus, "cfa" + r["numero_uai"].lower(), "FOUNDING_MEMBER"]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
