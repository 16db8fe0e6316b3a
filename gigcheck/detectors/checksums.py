"""Checksums of account numbers: an IBAN's check digits (ISO 13616, mod 97) and the
Base58Check and Bech32/Bech32m checksums of crypto wallet addresses, which tell a real
address from an order number or a hash of the same shape. Pure functions over strings.
"""
from __future__ import annotations

import hashlib

__all__ = ["BECH_COINS", "base58check_coin", "base58check_ok", "bech32_coin", "bech32_ok", "iban_ok"]

# The coin of a Bech32 prefix or a Base58Check version byte.
BECH_COINS = {"bc": "btc", "tb": "btc", "ltc": "ltc"}
_B58_COINS = {0x00: "btc", 0x05: "btc", 0x30: "ltc", 0x32: "ltc", 0x1E: "doge", 0x41: "trx"}


def iban_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    digits = "".join(str(int(c, 36)) for c in moved)
    return int(digits) % 97 == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}


def base58check_coin(s: str) -> str | None:
    """The coin of a Base58Check address with a known version byte and a valid checksum."""
    n = 0
    for c in s:
        i = _B58_INDEX.get(c)
        if i is None:
            return None
        n = n * 58 + i
    raw = n.to_bytes(25, "big") if n.bit_length() <= 200 else b""
    if len(raw) != 25 or raw[0] not in _B58_COINS:
        return None
    check = hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4]
    return _B58_COINS[raw[0]] if check == raw[-4:] else None


def base58check_ok(s: str) -> bool:
    return base58check_coin(s) is not None


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_ok(s: str) -> bool:
    return bech32_coin(s) is not None


def bech32_coin(s: str) -> str | None:
    """The coin of a Bech32 or Bech32m address with a known prefix and a valid checksum."""
    if s != s.lower() and s != s.upper():
        return None  # mixed case is never valid
    hrp, _, data = s.lower().rpartition("1")
    if hrp not in BECH_COINS or len(data) < 7:
        return None
    values = [_BECH.find(c) for c in data]
    if -1 in values:
        return None
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return BECH_COINS[hrp] if chk in (1, 0x2BC830A3) else None  # Bech32 (v0) or Bech32m (Taproot)
