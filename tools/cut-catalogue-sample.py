#!/usr/bin/env python3
"""Cuts the demo and test sample of the training catalogue (src/main/resources/demo/catalogue/) from the real files
(../shared/data/formations), keeping each file's bytes as published: its encoding (UTF-8 with or without BOM, cp1252),
its header and its line ends. Kept: the diplomas the demo campuses can be given (the open CAP, bac pro, BTS, MC, BP and
CS whose wording holds one of DemoTrainings' keywords), their Kit, CPC, RNCP, ROME and ONISEP rows, a few certifications
and ONISEP trainings without CFD, the CFA and lycées of the demo organisations and campuses, and their InserJeunes rows.

usage: python3 tools/cut-catalogue-sample.py [../shared/data/formations] [src/main/resources/demo/catalogue]
"""
import csv, io, os, re, sys, unicodedata

SRC = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/formations'
DST = sys.argv[2] if len(sys.argv) > 2 else 'src/main/resources/demo/catalogue'
KEYWORDS = ["boulanger", "boucher", "alimentaire", "patissier", "chimi", "biolog", "laboratoire", "bioqualite", "audiovisuel", "design",
            "graphi", "photograph", "travaux publics", "batiment", "maconn", "genie civil", "plastur", "composite", "metallurg", "fonderie",
            "naval", "maritime", "aeronautique", "ferroviaire", "vehicules", "numerique", "informati", "reseaux", "cybersecurite",
            "accompagnement", "esthetique", "coiffure", "soins", "logistique", "transport", "commerce international", "mecatronique",
            "maintenance des systemes", "electrotechni", "robot", "cuisine", "hotel", "restauration", "tourisme", "energ", "environnement",
            "eau", "froid"]
LEVELS = {"500", "400", "320", "010", "450", "461"}


def plain(s):
    s = unicodedata.normalize('NFD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).replace('’', "'").lower()


def records(raw):
    """Splits the bytes into records keeping quotes and line ends, as the importer reads them: a quote opens a quoted
    field only at the start of a field. latin-1 keeps every byte as one char."""
    text = raw.decode('latin-1')
    out, start, quoted, i, n = [], 0, False, 0, len(text)
    while i < n:
        c = text[i]
        if quoted:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    i += 1
                else:
                    quoted = False
        elif c == '"' and (i == start or text[i - 1] in ';\n'):
            quoted = True
        elif c == '\n':
            out.append(text[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        out.append(text[start:])
    return out


def cells(record, encoding):
    raw = record.encode('latin-1')
    if raw.startswith(b'\xef\xbb\xbf'):
        raw = raw[3:]
    t = raw.decode(encoding, errors='replace').rstrip('\r\n')
    return next(csv.reader(io.StringIO(t), delimiter=';', quoting=csv.QUOTE_MINIMAL)) if t.count('"') % 2 == 0 or t.startswith('"') else t.split(';')


def cut(name, encoding, keep, limit=None):
    raw = open(os.path.join(SRC, name), 'rb').read()
    recs = records(raw)
    header = cells(recs[0], encoding)
    kept = [recs[0]]
    for r in recs[1:]:
        row = dict(zip(header, cells(r, encoding)))
        if keep(row):
            kept.append(r)
            if limit and len(kept) > limit:
                break
    with open(os.path.join(DST, name), 'wb') as f:
        f.write(''.join(kept).encode('latin-1'))
    return [dict(zip(header, cells(r, encoding))) for r in kept[1:]]


os.makedirs(DST, exist_ok=True)
v22 = open('src/main/resources/db/migration/V22__diplomas.sql', encoding='utf-8').read()
cfds = set()
for code, level, label, closed in re.findall(r"\('(\w{8})', '(\w{3})', '[^']*', '[^']*', '((?:[^']|'')*)', (?:'[^']*'|null), ('[^']*'|null)\)", v22):
    if level in LEVELS and closed == 'null' and any(k in plain(label.replace("''", "'")) for k in KEYWORDS):
        cfds.add(code)
demo = open('src/main/resources/demo/organisations.csv', encoding='utf-8').read() + open('src/main/resources/demo/campuses.csv', encoding='utf-8').read()
uais = set(re.findall(r'\b\d{7}[A-Z]\b', demo))

cut('bcn_n_groupe_specialite.csv', 'utf-8', lambda r: True)
cut('bcn_n_niveau_formation_diplome.csv', 'utf-8', lambda r: True)
cpc = cut('diplomes_professionnels_cpc.csv', 'utf-8', lambda r: r['Code diplôme'].split(' ')[0].replace('-', '') in cfds)
cut('bcn_n_formation_diplome.csv', 'cp1252', lambda r: r['FORMATION_DIPLOME'] in cfds)
kit = cut('kit_apprentissage_cfd_rncp_20231218.csv', 'utf-8', lambda r: r['Code_Diplome'] in cfds)
rncp = {r['Code_RNCP'] for r in kit} | {'RNCP' + r['Code RNCP'] for r in cpc if r['Code RNCP']}
# a few certifications without CFD: titres professionnels of the demo sectors, still active
extra = cut('rncp_info_v1.4_2021.csv', 'cp1252', lambda r: r['Numero_Fiche'] in rncp or (
        r['Actif'] == 'ACTIVE' and r['Abrege_Code'] == 'TP' and any(k in plain(r['Intitule']) for k in ['cuisin', 'maritime', 'soudeur', 'logistique'])))
rncp |= {r['Numero_Fiche'] for r in extra}
cut('rncp_rome_v1.4_2021.csv', 'cp1252', lambda r: r['CodeRNCP'] in rncp)
onisep_extra = [0]


def onisep(r):
    if r['code RNCP'] and 'RNCP' + r['code RNCP'] in rncp:
        return True
    if not r['code RNCP'] and 'maritime' in plain(r['libellé formation principal']) and onisep_extra[0] < 5:
        onisep_extra[0] += 1
        return True
    return False


cut('onisep_ideo-formations_initiales_en_france_2022.csv', 'utf-8', onisep)
cut('cfa_sous_convention_regionale_uai.csv', 'cp1252', lambda r: r['numero_uai'] in uais)
cut('lycees-donnees-generales_idf.csv', 'utf-8', lambda r: r['CODE_UAI'] in uais or r['NATURE_UAI'].startswith('lycée professionnel') and r['DEPARTEMENT'] == '75', limit=8)
cut('inserjeunes_depp_lycees_pro_2022_2023.csv', 'utf-8', lambda r: r["n°UAI de l'établissement"] in uais or r["n°UAI de l'établissement"].startswith('059'), limit=30)
cut('inserjeunes_depp_cfa_2022_2023.csv', 'utf-8', lambda r: r["n°UAI de l'établissement"] in uais)
print(len(cfds), 'diplomas;', len(uais), 'UAI')
