"""Rules, one module per category: each rule class declares everything about itself.

`registry.py` joins the modules' `RULES` tuples; `data.py` builds rules that packs define
as data; `docs.py` renders their documentation.
"""
