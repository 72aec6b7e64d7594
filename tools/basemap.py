#!/usr/bin/env python3
"""Writes the map's offline base layer: département outlines, their names and the main towns, as one small GeoJSON.

Usage: tools/basemap.py /work/shared/data/geo > src/main/resources/static/geo/basemap.geojson
Sources (Licence Ouverte): departements-version-simplifiee.geojson (IGN Admin Express / INSEE COG 2018, via
gregoiredavid/france-geojson) and geoapi_communes.csv (geo.api.gouv.fr, Dec 2023) for the towns' centres.
Outlines are simplified (Douglas-Peucker, about 1 km) and coordinates rounded to 3 decimals (about 100 m).
"""
import csv
import json
import os
import sys

TOLERANCE = 0.01

# The main towns shown on the national map: rank 1 (régional capitals and the largest cities) at every zoom,
# rank 2 once zoomed in. By name and département, their centres taken from the commune data.
TOWNS = {
    1: [("Paris", "75"), ("Marseille", "13"), ("Lyon", "69"), ("Toulouse", "31"), ("Nice", "06"), ("Nantes", "44"),
        ("Montpellier", "34"), ("Strasbourg", "67"), ("Bordeaux", "33"), ("Lille", "59"), ("Rennes", "35"),
        ("Dijon", "21"), ("Orléans", "45"), ("Rouen", "76"), ("Ajaccio", "2A"), ("Clermont-Ferrand", "63"),
        ("Limoges", "87"), ("Brest", "29"), ("Metz", "57"), ("Grenoble", "38")],
    2: [("Reims", "51"), ("Toulon", "83"), ("Saint-Étienne", "42"), ("Le Havre", "76"), ("Angers", "49"), ("Nîmes", "30"),
        ("Le Mans", "72"), ("Aix-en-Provence", "13"), ("Tours", "37"), ("Amiens", "80"), ("Perpignan", "66"),
        ("Besançon", "25"), ("Mulhouse", "68"), ("Caen", "14"), ("Nancy", "54"), ("Poitiers", "86"), ("Bastia", "2B"),
        ("Pau", "64"), ("La Rochelle", "17"), ("Avignon", "84"), ("Calais", "62"), ("Arras", "62"), ("Valence", "26"),
        ("Annecy", "74"), ("Chambéry", "73"), ("Bayonne", "64"), ("Lorient", "56"), ("Quimper", "29"), ("Troyes", "10"),
        ("Montbéliard", "25"), ("Dunkerque", "59"), ("Valenciennes", "59"), ("Saint-Nazaire", "44"), ("Cluses", "74"),
        ("Le Touquet-Paris-Plage", "62"), ("Châlons-en-Champagne", "51"), ("Saint-Brieuc", "22"), ("Vannes", "56"),
        ("Niort", "79"), ("Angoulême", "16"), ("Agen", "47"), ("Montauban", "82"), ("Albi", "81"), ("Rodez", "12"),
        ("Béziers", "34"), ("Gap", "05"), ("Bourges", "18"), ("Nevers", "58"), ("Auxerre", "89"), ("Chartres", "28"),
        ("Évreux", "27"), ("Cherbourg-en-Cotentin", "50"), ("Laval", "53"), ("La Roche-sur-Yon", "85"), ("Beauvais", "60"),
        ("Saint-Quentin", "02"), ("Charleville-Mézières", "08"), ("Épinal", "88"), ("Colmar", "68"), ("Belfort", "90"),
        ("Mâcon", "71"), ("Bourg-en-Bresse", "01"), ("Aurillac", "15"), ("Le Puy-en-Velay", "43"), ("Périgueux", "24"),
        ("Mont-de-Marsan", "40"), ("Tarbes", "65"), ("Foix", "09"), ("Carcassonne", "11"), ("Mende", "48"),
        ("Digne-les-Bains", "04"), ("Versailles", "78"), ("Créteil", "94"), ("Roissy-en-France", "95")],
}


def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        index, distance = None, TOLERANCE
        for i in range(first + 1, last):
            d = perpendicular(points[i], points[first], points[last])
            if d > distance:
                index, distance = i, d
        if index is not None:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def ring(points):
    simplified = [[round(x, 3), round(y, 3)] for x, y in simplify(points)]
    return simplified if len(simplified) >= 4 else None


def polygon(rings):
    out = [r for r in (ring(r) for r in rings) if r]
    return out or None


def label_point(geometry):
    """The centre of the largest ring's bounding box: a place for the name, inside for most départements."""
    rings = geometry["coordinates"] if geometry["type"] == "Polygon" else [p[0] for p in geometry["coordinates"]]
    outer = max(rings, key=len) if geometry["type"] == "MultiPolygon" else rings[0]
    xs, ys = [p[0] for p in outer], [p[1] for p in outer]
    return [round(sum(xs) / len(xs), 3), round(sum(ys) / len(ys), 3)]


def main(folder):
    features = []
    with open(os.path.join(folder, "departements-version-simplifiee.geojson"), encoding="utf-8") as f:
        departments = json.load(f)["features"]
    for d in departments:
        g = d["geometry"]
        if g["type"] == "Polygon":
            coords = polygon(g["coordinates"])
        else:
            coords = [p for p in (polygon(p) for p in g["coordinates"]) if p]
            coords = coords or None
        if not coords:
            continue
        props = {"kind": "department", "code": d["properties"]["code"], "name": d["properties"]["nom"]}
        features.append({"type": "Feature", "properties": props, "geometry": {"type": g["type"], "coordinates": coords}})
        features.append({"type": "Feature", "properties": {"kind": "department-name", "code": props["code"], "name": props["name"]},
                         "geometry": {"type": "Point", "coordinates": label_point(g)}})
    wanted = {(name, dep): rank for rank, towns in TOWNS.items() for name, dep in towns}
    found = set()
    with open(os.path.join(folder, "geoapi_communes.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            key = (r["nom"], r["departement_code"])
            if key in wanted and key not in found:
                found.add(key)
                features.append({"type": "Feature", "properties": {"kind": "town", "name": r["nom"], "rank": wanted[key]},
                                 "geometry": {"type": "Point", "coordinates": [round(float(r["longitude"]), 3), round(float(r["latitude"]), 3)]}})
    missing = set(wanted) - found
    if missing:
        sys.exit(f"Towns not found in the commune data: {sorted(missing)}")
    json.dump({"type": "FeatureCollection", "features": features}, sys.stdout, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1])
