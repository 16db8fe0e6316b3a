"""YAML front matter → gig fields, each value a run located at its own line and column.

PyYAML's composer keeps a mark (character index) for every node, which is what lets a
finding about `title` point at the title's line rather than at the `---` fence.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from gigcheck.document import gallery
from gigcheck.document import gig as G
from gigcheck.document.front_matter_tree import located_tree
from gigcheck.document.gig import Attachment, Field, Gig, Package
from gigcheck.document.yaml_graph import check_graph
from gigcheck.records import Hit, Segment, TextRun
from gigcheck.regex_cache import cached_regex, stored_compiles

_WORD = cached_regex(r"\S+")


@cache
def _yaml() -> Any:
    # Once per process: entering `stored_compiles` costs more than composing a small
    # front matter, and every gig asked for the module twice.
    with stored_compiles():  # PyYAML's module code compiles its regexes: from the store
        import yaml

    return yaml


@cache
def _loader() -> Any:
    yaml = _yaml()
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _place(value: str, raw: str, base: int, section: str, kind: str) -> TextRun:
    """A run for a scalar `value` whose YAML source is `raw` at offset `base`.

    Plain and quoted one-line values appear verbatim; folded or escaped ones are placed
    word by word so that a contact detail in a long folded description still points home.
    """
    i = raw.find(value) if value else -1
    if i >= 0:
        return TextRun(value, section, kind, (Segment(0, base + i, len(value), len(value)),))
    segs: list[Segment] = []
    cur = 0
    for m in _WORD.finditer(value):
        word = m.group()
        j = raw.find(word, cur)
        if j < 0:
            segs.append(Segment(m.start(), base + cur, len(word), 0))
            continue
        segs.append(Segment(m.start(), base + j, len(word), len(word)))
        cur = j + len(word)
    if not segs or segs[0].text_start != 0:
        segs.insert(0, Segment(0, base, segs[0].text_start if segs else len(value), 0))
    return TextRun(value, section, kind, tuple(segs))


class _Reader:
    def __init__(self, gig: Gig, content: str, base: int) -> None:
        self.gig = gig
        self.content = content
        self.base = base

    def run(self, node: Any, section: str, kind: str = "fm_value") -> TextRun:
        s, e = node.start_mark.index, node.end_mark.index
        run = _place(str(node.value), self.content[s:e], self.base + s, section, kind)
        self.gig.runs.append(run)
        return run

    def key_run(self, node: Any, section: str) -> TextRun:
        s = node.start_mark.index
        text = str(node.value)
        return TextRun(text, section, "fm_key", (Segment(0, self.base + s, len(text), len(text)),))

    def data(self, node: Any) -> Any:
        kind = node.id
        if kind == "scalar":
            return node.value
        if kind == "sequence":
            return [self.data(c) for c in node.value]
        return {str(k.value): self.data(v) for k, v in node.value}

    def leaves(self, node: Any, section: str) -> None:
        """Every scalar under `node` becomes a run: buyers may see any field."""
        if node.id == "scalar":
            if node.value != "":
                self.run(node, section)
        elif node.id == "sequence":
            for c in node.value:
                self.leaves(c, section)
        else:
            for _, v in node.value:
                self.leaves(v, section)

    def field(self, node: Any, section: str) -> Field | None:
        if node.id != "scalar":
            self.leaves(node, section)
            return None
        run = self.run(node, section)
        return Field(run.text, run, run.text)

    def tags(self, key: Any, node: Any) -> None:
        gig = self.gig
        gig.tags_key = self.key_run(key, G.TAGS)
        if node.id == "sequence":
            for c in node.value:
                f = self.field(c, G.TAGS)
                if f is not None:
                    gig.tags.append(f)
        elif node.id == "scalar" and node.value:
            run = self.run(node, G.TAGS)
            for m in re.finditer(r"[^,]+", run.text):
                word = m.group()
                lead = len(word) - len(word.lstrip())
                stripped = word.strip()
                if stripped:
                    sub = run.slice(m.start() + lead, m.start() + lead + len(stripped))
                    gig.tags.append(Field(stripped, sub, stripped))

    def gallery(self, node: Any) -> None:
        """The gallery's files by kind; a key or value outside the shape is still a run
        (GC110/GC111 say what is wrong with it), so nothing a buyer sees goes unread."""
        if node.id == "sequence":
            for item in node.value:
                self.attachment(gallery.IMAGE, item)
        elif node.id == "mapping":
            for key, value in node.value:
                kind = gallery.kind_of(str(key.value)) if key.id == "scalar" else None
                if kind is None:
                    self.leaves(value, G.GALLERY)
                elif value.id == "sequence":
                    for item in value.value:
                        self.attachment(kind, item)
                else:
                    self.attachment(kind, value)
        else:
            self.leaves(node, G.GALLERY)

    def attachment(self, kind: str, node: Any) -> None:
        if node.id == "scalar" and (node.value == "" or str(node.tag).endswith(":null")):
            return  # `video:` left empty (or `~`) lists no file
        span = (self.base + node.start_mark.index, self.base + node.end_mark.index)
        item = Attachment(kind, span)
        if node.id == "scalar":
            item.file = self.field(node, G.GALLERY)
        elif node.id == "mapping":
            for key, value in node.value:
                name = str(key.value).lower()
                if name == gallery.FILE_KEY:
                    item.file = self.field(value, G.GALLERY)
                elif name in gallery.TEXT_KEYS:
                    text = self.field(value, G.GALLERY)
                    if text is not None:
                        item.texts.append(text)
                else:
                    self.leaves(value, G.GALLERY)
        else:
            self.leaves(node, G.GALLERY)
        self.gig.gallery.append(item)

    def packages(self, node: Any) -> None:
        if node.id == "mapping":
            items = [(k, v) for k, v in node.value]
        elif node.id == "sequence":
            items = []
            for c in node.value:
                if c.id == "mapping":
                    name = next((v for k, v in c.value if str(k.value).lower() == "name"), None)
                    items.append((name if name is not None else c, c))
        else:
            self.leaves(node, G.FRONT_MATTER)
            return
        for key, body in items:
            name = str(key.value) if key.id == "scalar" else f"package {len(self.gig.packages) + 1}"
            section = f"package:{name}"
            where = self.key_run(key if key.id == "scalar" else body, section)
            pkg = Package(name=name, section=section, key=where)
            if body.id != "mapping":
                self.leaves(body, section)
            else:
                for k, v in body.value:
                    field_name = str(k.value).lower()
                    if field_name == "price":
                        pkg.price = self.field(v, section)
                    elif field_name in ("delivery", "delivery_days", "delivery days", "days"):
                        pkg.delivery = self.field(v, section)
                    elif field_name == "revisions":
                        pkg.revisions = self.field(v, section)
                    elif field_name == "description":
                        pkg.description = self.field(v, section)
                    elif field_name != "name":
                        self.leaves(v, section)
            self.gig.packages.append(pkg)


def read_front_matter(gig: Gig, token: Any, base: int, problems: list[Hit]) -> None:
    """Fill `gig` from a front-matter token whose content starts at source offset `base`."""
    yaml = _yaml()

    content = token.content
    whole = (Segment(0, base, len(content), len(content)),)
    gig.front_matter_run = TextRun(content, G.FRONT_MATTER, "front_matter", whole)
    try:
        root = yaml.compose(content, Loader=_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        at = base + (mark.index if mark is not None else 0)
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problems.append(Hit(at, at, G.FRONT_MATTER, f"The front matter is not valid YAML: {reason}."))
        return
    except RecursionError:  # the pure-Python composer (no libyaml) recurses per level
        problems.append(Hit(base, base, G.FRONT_MATTER, "The front matter is not valid YAML: nested too deeply."))
        return
    if root is None:
        return
    refused, duplicates = check_graph(root)
    if refused is not None:
        at = base + refused.start
        problems.append(Hit(at, at, G.FRONT_MATTER, f"The front matter cannot be read: {refused.message}."))
        return
    # The content's first line is the one after the opening `---` (token.map[0], 0-based).
    first_line = (token.map[0] + 2) if token.map else 1
    for dup in duplicates:
        line = first_line + dup.first.start_mark.line
        s, e = base + dup.key.start_mark.index, base + dup.key.end_mark.index
        message = f"The key `{dup.key.value}` is given twice (also on line {line}): only the last one is read."
        problems.append(Hit(s, e, G.FRONT_MATTER, message))
    if getattr(root, "id", None) != "mapping":
        at = base + root.start_mark.index
        problems.append(Hit(at, at, G.FRONT_MATTER, "The front matter must be a list of `key: value` fields."))
        return
    gig.front_matter_tree = located_tree(root, base)
    r = _Reader(gig, content, base)
    data = {}
    for key, value in root.value:
        name = str(key.value).lower()
        data[name] = r.data(value)
        if name == "title":
            gig.title = r.field(value, G.TITLE)
        elif name == "category":
            gig.category = r.field(value, G.CATEGORY)
        elif name == "tags":
            r.tags(key, value)
        elif name == "packages":
            r.packages(value)
        elif name == "gallery":
            r.gallery(value)
        else:
            r.leaves(value, G.FRONT_MATTER)
            if value.id == "scalar" and value.value != "":
                gig.front_matter_fields.append((r.key_run(key, G.FRONT_MATTER), gig.runs[-1]))
    gig.front_matter = data
