#!/usr/bin/env python3
"""Writes Styr's Kolada demo data (demo/kolada/): answers in the shape of
Kolada's API v3 with INVENTED figures for all 290 municipalities, marked as demo data in every
file and in the source Styr stores with them. Not Kolada's figures. Run from the project folder."""
import json, random

DEMO = "Demodata: påhittade värden i Koladas form, inte Koladas siffror"
codes = []
for line in open("src/main/resources/se/styr/organisation/municipality-codes.tsv", encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        code, name = line.rstrip("\n").split("\t", 1)
        codes.append((code, name))
assert len(codes) == 290, len(codes)

kpis = [
    ("N99901", "Kostnad hemtjänst äldreomsorg, kr/inv 80+ (demodata)", "Äldreomsorg", 120000, 40000, 0),
    ("N99902", "Kostnad särskilt boende äldreomsorg, kr/inv 80+ (demodata)", "Äldreomsorg", 190000, 50000, 0),
    ("U99903", "Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%) (demodata)", "Äldreomsorg", 88, 6, 1),
    ("U99904", "Brukarbedömning särskilt boende äldreomsorg - helhetssyn, andel (%) (demodata)", "Äldreomsorg", 82, 7, 1),
    ("U99905", "Besvärad av ensamhet, hemtjänst äldreomsorg, andel (%) (demodata)", "Äldreomsorg", 55, 8, 1),
]
def page(values):
    return {"demo": DEMO, "count": len(values), "values": values, "next_url": None, "previous_url": None}

def write(name, data):
    with open(f"demo/kolada/{name}", "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")

write("kpis.json", page([{
    "id": k, "title": t, "description": DEMO, "operating_area": area, "perspective": "Kvalitet",
    "municipality_type": "K", "is_divided_by_gender": False, "has_ou_data": False,
    "publication_date": "2025-04-01", "publ_period": "2024"} for k, t, area, *_ in kpis]))
write("municipalities.json", page([{"id": "0000", "title": "Riket", "type": "L"}] +
    [{"id": c, "title": n, "type": "K"} for c, n in codes]))
similar = ["2061", "2023", "1904", "2084", "2062", "1864", "2034", "1885", "2029", "2039"]
write("groups.json", page([{"id": "G900061", "title": "Liknande kommuner äldreomsorg, Smedjebacken (demodata)",
    "members": [{"member_id": c} for c in similar]}]))
rng = random.Random(2061)
rows = []
for kpi, title, area, mean, spread, decimals in kpis:
    for year in range(2019, 2025):
        drift = 1 + (year - 2019) * (0.03 if decimals == 0 else 0.002)
        for code, name in codes:
            v = rng.gauss(mean * drift, spread)
            value = round(v) if decimals == 0 else round(max(0, min(100, v)), 1)
            if rng.random() < 0.02:
                value = None
            rows.append({"kpi": kpi, "municipality": code, "period": year,
                         "values": [{"gender": "T", "count": 1, "status": "" if value is not None else "Missing",
                                     "value": value, "isdeleted": False}]})
write("data.json", page(rows))
print(len(rows), "rows")
