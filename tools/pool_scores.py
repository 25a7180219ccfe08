#!/usr/bin/env python3
"""Pools the per-field accuracies that score_events.py printed for several parts of a split
(lines "  field  0.884  (n=877)") into one figure per field, each part weighted by its n.
Usage: python3 tools/pool_scores.py PART_OUTPUT...  (see tools/train_events.sh --eval-all)"""
import re
import sys

LINE = re.compile(r"^\s+(\w+)\s+([0-9.]+)\s+\(n=(\d+)\)\s*$")


def main(paths):
    right, total, order = {}, {}, []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = LINE.match(line)
                if not m:
                    continue
                field, acc, n = m.group(1), float(m.group(2)), int(m.group(3))
                if field not in total:
                    order.append(field)
                    right[field], total[field] = 0.0, 0
                right[field] += acc * n
                total[field] += n
    if not order:
        sys.exit(f"pool_scores: no 'field accuracy (n=N)' lines in {', '.join(paths)}")
    for field in order:
        n = total[field]
        print(f"  {field:15} {right[field] / n if n else 0.0:.3f}  (n={n})")


if __name__ == "__main__":
    main(sys.argv[1:])
