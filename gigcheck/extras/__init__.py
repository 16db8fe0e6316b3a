"""Judging gig extras: parsing their price and delivery lines and deciding, from the
title and description alone, whether a buyer can tell what the extra gives them.

`parse_fields` turns the "Price:" and "Delivery:" values into numbers; `judge` holds the
pure judging core (`prepare(vocab) -> Judge`, `judge_extra`, `readability`). Every word
list and threshold lives in the policy pack (`policies/vocab/extras.toml`, table
`[vocab.extras]`); the code holds none.
"""
