"""What the suite asserts, case by case: a pytest plugin that writes every collected test
as a JSON line (node id, the test's name, the function that runs it, its parameters), and
a comparison of two such dumps that shows every old case is still asserted after tests
move, get renamed or merge.

    PYTHONHASHSEED=0 INVENTORY_OUT=before.jsonl PYTHONPATH=tests/tools python -m pytest --collect-only -n0 -p case_inventory
    (... move the tests, dump after.jsonl the same way ...)
    python tests/tools/case_inventory.py before.jsonl after.jsonl

A case is its parameters with the function that asserts them (which says the expectation:
`errors_are_errors`, `honest_stays_clean`, ...); a test without parameters is its name in
its module. A table test (tests/table_support.py) counts as each of its cases, as if they
were parametrized. A case is kept when the same case, by those keys, is collected afterwards, in
any file: counted per case, so a duplicate dropped is reported too.
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from typing import Any


def _value(v: Any, root: str) -> Any:
    """A parameter as JSON, or its repr without what differs between two checkouts or
    runs: the repository's folder and objects' addresses (run with PYTHONHASHSEED=0 so a
    set's repr keeps its order)."""
    try:
        json.dumps(v)
    except TypeError:
        return re.sub(r" at 0x[0-9a-f]+", "", repr(v).replace(root, "<root>"))
    return v


def pytest_collection_finish(session: Any) -> None:
    root = str(session.config.rootpath)
    with open(os.environ["INVENTORY_OUT"], "w", encoding="utf-8") as out:
        for item in session.items:
            spec = getattr(item, "callspec", None)
            function = getattr(item, "function", None)
            given = {k: _value(v, root) for k, v in spec.params.items()} if spec else {}
            # a table test (tests/table_support.py) asserts each of its cases: a row a case
            table = getattr(function, "table_cases", None)
            for params in [{**given, **{k: _value(v, root) for k, v in case.items()}} for case in table] if table else [given]:
                row = {
                    "id": item.nodeid,
                    "name": getattr(item, "originalname", item.name),
                    "runs": getattr(function, "__qualname__", ""),
                    "params": params,
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


def case(row: dict[str, Any]) -> str:
    """The key of what a test asserts, wherever it lives."""
    if row["params"]:
        return json.dumps([row["runs"], row["params"]], sort_keys=True, ensure_ascii=False)
    return json.dumps(["unparametrized", row["runs"], row["name"]], ensure_ascii=False)


def compare(before: str, after: str, renamed: dict[str, str]) -> int:
    def load(path: str) -> Counter[str]:
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        for row in rows:
            row["name"] = renamed.get(row["name"], row["name"])
            row["runs"] = renamed.get(row["runs"], row["runs"])
        return Counter(case(r) for r in rows)

    old, new = load(before), load(after)
    lost = old - new
    print(f"tests before {sum(old.values())}, after {sum(new.values())}; "
          f"cases before {len(old)}, after {len(new)}; kept {sum((old & new).values())}, lost {sum(lost.values())}")
    for key in list(lost)[:40]:
        print("  lost:", key[:200])
    return 1 if lost else 0


if __name__ == "__main__":
    pairs = dict(arg.split("=", 1) for arg in sys.argv[3:])  # old_name=new_name for renamed tests
    sys.exit(compare(sys.argv[1], sys.argv[2], pairs))
