#!/usr/bin/env python3
"""Events sitrep codes from pages of general news: the 95 dev pages of the article-extraction
benchmark (../shared/data/extraction/dev/html: tech, sport, business, science, politics,
opinion; 2018-2019). They carry no event labels and most of them report no political violence
or protest, so the number of records is mostly noise: fewer is better, as long as the pages
that do report such events keep them (listed by hand below, from reading them).

Prints the records and the pages they come from, one line per page (its URL, the sub-event
types), and the total.
Usage: tools/eval_news_noise.py target/release/sitrep [EXTRACTION_DEV_DIR]
"""
import collections, gzip, json, os, subprocess, sys, tempfile

# Pages that report a protest or an act of political violence (read by hand): each should keep
# at least one event.
REAL = {
    "rt.com/news/473849-3-morales-supporters-killed-bolivia",
    "theguardian.com/commentisfree/2019/nov/18/the-guardian-view-on-hong-kong",
    "express.co.uk/news/world/1206313/hong-kong-latest",
    "detroitnews.com/story/news/nation/2019/11/19/thousands-teachers-pack-indiana-statehouse",
    "panarmenian.net/eng/news/275221",
    "theparadigmng.com/2018/10/09/saraki-melaye-ben-bruce",
}


def main():
    binary = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/extraction/dev"
    truth = json.load(open(os.path.join(root, "ground-truth.json"), encoding="utf-8"))
    per_page = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        for page_id in sorted(truth):
            html = gzip.open(os.path.join(root, "html", page_id + ".html.gz")).read()
            path = os.path.join(tmp, page_id + ".html")
            open(path, "wb").write(html)
            out = subprocess.run([binary, "extract", "-q", "--format", "jsonl", path],
                                 capture_output=True, text=True, timeout=600)
            for line in out.stdout.splitlines():
                per_page[page_id].append(json.loads(line).get("sub_event_type"))
    total = sum(len(v) for v in per_page.values())
    kept = 0
    for page_id, types in sorted(per_page.items(), key=lambda kv: -len(kv[1])):
        url = truth[page_id]["url"]
        real = any(r in url for r in REAL)
        kept += real
        print(f"{len(types):3d} {'REAL ' if real else '     '}{url[:90]}  {collections.Counter(types).most_common()}")
    print(f"news noise: {total} records from {len(per_page)} of {len(truth)} pages; "
          f"pages read as reporting an event that keep one: {kept}/{len(REAL)}")


if __name__ == "__main__":
    main()
