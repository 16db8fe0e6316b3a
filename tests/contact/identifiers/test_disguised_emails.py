"""Emails in disguise: bracketed pieces, a separator after every character, other languages'
"@" and "dot", an address written backwards (read the right way, its span before the full
stop).
"""
from __future__ import annotations

import pytest
from disguise_support import findings_of

EMAILS = [
    # bracketed pieces, one separator after every character, other languages' "@"
    ("Write to [lina] [at] [webmail] [dot] [de] for a quote.", "[lina] [at] [webmail] [dot] [de]"),
    ("Reach me at {tomas} {at} {inbox} {dot} {lv}", "{tomas} {at} {inbox} {dot} {lv}"),
    ("Mail: p·e·t·r·a·@·g·m·x·.·n·e·t", "p·e·t·r·a·@·g·m·x·.·n·e·t"),
    # an address broken over a line before a dot or beside its "@"
    ("Drop a line to daniel.k\n.motion@gmail.com and I'll answer.", "daniel.k\n.motion@gmail.com"),
    ("Write to dana.voice@\noutlook.com for a quote.", "dana.voice@\noutlook.com"),
    ("Mail: j/o/e/l/@/o/r/a/n/g/e/./f/r", "j/o/e/l/@/o/r/a/n/g/e/./f/r"),
    ("Mail: k~i~m~@~n~a~v~e~r~.~c~o~m", "k~i~m~@~n~a~v~e~r~.~c~o~m"),
    ("Escríbeme: r*o*s*a*@*y*a*h*o*o*.*e*s", "r*o*s*a*@*y*a*h*o*o*.*e*s"),
    ("mail: b🔹e🔹a🔹@🔹g🔹m🔹x🔹.🔹a🔹t", "b🔹e🔹a🔹@🔹g🔹m🔹x🔹.🔹a🔹t"),
    ("Email: m4rk0.d3s1gn@h0tm41l.c0m", "m4rk0.d3s1gn@h0tm41l.c0m"),
    ("Contact: studio.rae at y4h00 d0t c0m", "studio.rae at y4h00 d0t c0m"),
    ("E-posta: mert.cizim kuyruklu a hotmail nokta com", "mert.cizim kuyruklu a hotmail nokta com"),
    ("Email: sanjay.art at the rate yahoo dot com", "sanjay.art at the rate yahoo dot com"),
    ("Email: dewi.desain at gmail titik com", "dewi.desain at gmail titik com"),
    ("Email: linh.design a còng gmail chấm com", "linh.design a còng gmail chấm com"),
    ("Pošta: jana.grafika zavináč seznam tečka cz", "jana.grafika zavináč seznam tečka cz"),
]


@pytest.mark.parametrize("text,excerpt", EMAILS)
def test_disguised_email_found(text, excerpt):
    found = findings_of(text, "GC201")
    assert found and found[0].excerpt == excerpt and str(found[0].severity) == "error"


@pytest.mark.parametrize("text,key", [
    ("Email (read it backwards): moc.liamg@otohp.anna", "anna.photo@gmail.com"),
    ("Mail: ed.bew@anel", "lena@web.de"),
    ("Reach me: moc.liamtoh@3991kram", "mark1993@hotmail.com"),
])
def test_reversed_address_read_the_right_way(text, key):
    assert [f.key for f in findings_of(text, "GC201")] == [key]


def test_reversed_address_span_stops_before_the_full_stop():
    found = findings_of("Write to moc.liamg@otohp.anna.", "GC201")
    assert [(f.excerpt, f.key) for f in found] == [("moc.liamg@otohp.anna", "anna.photo@gmail.com")]
