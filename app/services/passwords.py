"""Argon2id hashing. OWASP's profile in use; a cheap one when FLOORQC_ARGON2_PROFILE=test."""

from __future__ import annotations

import os
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


@cache
def hasher() -> PasswordHasher:
    if os.environ.get("FLOORQC_ARGON2_PROFILE") == "test":
        return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    # OWASP: Argon2id, 19 MiB, 2 iterations, 1 degree of parallelism.
    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_password(password: str) -> str:
    return hasher().hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
