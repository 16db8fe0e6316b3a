"""A generated catalogue of gigs for the Dask tests and benchmarks/bench_dask.py: seller
text of random words, with copied descriptions and shared contact details planted far
apart (so they cross partitions), and a few bad rows (no id, an id used before)."""
from __future__ import annotations

import random

WORDS = str.split(
    "logo design brand vector clean modern minimal custom icon style color font layout print web "
    "banner flyer poster card social media post video edit motion intro animation voice over script "
    "write article blog copy seo keyword research product listing amazon shop store theme plugin fix "
    "bug speed page landing responsive mobile app ui ux wireframe prototype figma sketch illustration "
    "portrait cartoon character mascot sticker emblem badge label package box mockup presentation deck"
)


def gig_rows(n: int, seed: int = 7, spacing: int = 1000) -> list[dict]:
    """`n` gigs. The planted cases come every `spacing` rows or a fraction of it (a row
    without an id every half, an id used again every whole, 3/5 of it back); a smaller
    spacing plants the same cases, as many of them, in fewer rows."""
    rng = random.Random(seed)
    rows = []
    mail_every = spacing * 97 // 1000  # prime to 7 at 1000 and 600: the seven addresses recur
    for i in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(35, 70))]
        description = " ".join(words).capitalize() + "."
        if i % mail_every == 5:  # one of seven addresses, in drafts of many sellers
            description += f" Mail shared{i % 7}.studio@gmail.com first."
        row = {
            "id": f"g-{i}",
            "seller": f"s{(i * 7919) % max(1, n // 3)}",
            "title": f"I will do {rng.choice(WORDS)} {rng.choice(WORDS)} work",
            "tags": [rng.choice(WORDS) for _ in range(3)],
            "description": description,
            "extras": [{"title": "Fast delivery", "price": "20", "delivery": "-1", "description": "Sooner."}],
        }
        if i % (spacing // 2) == spacing // 2 - 1:
            row["id"] = None  # that row's error; the others are checked
        elif i % spacing == spacing - 2:
            row["id"] = f"g-{i - spacing * 3 // 5}"  # an id used in an earlier partition: an error too
        rows.append(row)
    # Copies: gig k's description again in a gig far after it, of another seller.
    for i in range(n * 1000 // (40 * spacing)):
        src, dst = (i * 31) % n, (i * 31 + n // 2 + 13) % n
        rows[dst]["description"] = rows[src]["description"].replace(" and ", " & ")
    return rows


def write_parquet(rows: list[dict], path, row_group_size: int = 1000) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows)
    pq.write_table(table, path, row_group_size=row_group_size)
