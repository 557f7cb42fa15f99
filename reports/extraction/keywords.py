"""Placeholder until the keyword profile lands."""


def keyword_profile(text: str, top: int = 20) -> list[tuple[str, float]]:
    return []


def named_practices(text: str) -> list[str]:
    return []
