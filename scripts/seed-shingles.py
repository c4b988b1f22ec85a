#!/usr/bin/env python3
"""Write tests/fixtures/seed_shingles.txt and seed_stems.txt from the source pages
(../shared/seeds/*.txt).

Run after the seed pages change:  .venv/bin/python scripts/seed-shingles.py [SEEDS_DIR]
The files hold only hashes (of eight-word runs; of each sentence's content-word stems),
never the pages' text.
"""

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kiosk.core.content.paraphrase import page_fingerprints  # noqa: E402
from kiosk.core.content.shingles import fingerprints  # noqa: E402


def main() -> int:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "seeds"
    pages = sorted(seeds.glob("*.txt"))
    if not pages:
        print(f"seed-shingles: no *.txt pages in {seeds}", file=sys.stderr)
        return 1
    known: set[str] = set()
    for page in pages:
        known |= fingerprints(page.read_text("utf-8"))
    out = REPO / "tests" / "fixtures" / "seed_shingles.txt"
    header = f"# sha256[:16] of each 8-word run of {len(pages)} seed pages (seed-shingles.py)\n"
    out.write_text(header + "".join(f"{h}\n" for h in sorted(known)), "utf-8")
    print(f"seed-shingles: {len(known)} runs from {len(pages)} pages -> {out.relative_to(REPO)}")
    sentences: set[frozenset[str]] = set()
    for page in pages:
        sentences |= page_fingerprints(page.read_text("utf-8"))
    out = REPO / "tests" / "fixtures" / "seed_stems.txt"
    header = (
        f"# sha256[:10] of the content-word stems of each sentence of {len(pages)} seed pages, "
        "one sentence a line (seed-shingles.py)\n"
    )
    lines = sorted(" ".join(sorted(stems)) for stems in sentences)
    out.write_text(header + "".join(f"{line}\n" for line in lines), "utf-8")
    print(f"seed-shingles: {len(lines)} sentences -> {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
