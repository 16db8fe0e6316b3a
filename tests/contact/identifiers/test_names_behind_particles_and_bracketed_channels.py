"""Bare user names after a messaging verb: behind a short word and up to two particles before a
label mark ("DM aja ya kak: x"), not behind the buyer's things ("with your details: x"); a host's
ending behind such a verb (an account or a site, a contact either way), not a file's; a name
with a channel's word in brackets after it ("escríbeme a x (insta)"); "add friend" between a
platform and its name ("카톡 친추: x")."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "follow & DM aja ya kak: rina_edit",
    "follow & DM aja ya kak: rinaedit.id",
    "DM me: rinaedit.id",
    "¿Dudas? escríbeme a diseñosluna (insta)",
    "Escreva para mim em lunadesign (zap)",
    "카톡 친추: minjidesign",
    "카톡 친구추가 minji_design",
    "LINE友達追加：mika_illust",
    "微信加好友：lily_design",
]

CLEAN = [
    "Message me with your details: project_name, deadline",
    "Write me about your project: logo_final",
    "Write me for your logo: logo_final",
    "Send me: logo_final.png",
    "Message me: node.js",
    "Message me about the logo (any format) and I'll reply.",
    "Contact me for revisions (free) anytime.",
    "I will write your Instagram captions (IG) weekly.",
    "카톡 채널 추가 버튼 디자인해 드립니다",
    "카톡 친추 이벤트 배너 디자인",
]

test_names_behind_verbs_are_errors, test_the_buyers_things_and_files_stay_clean = severity_tests(ERRORS, CLEAN)
