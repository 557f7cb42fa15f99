"""Creating and matching townships and their counties."""

from .models import County, Township


def county_get_or_create(*, name: str, city: str = "", province: str = "") -> County:
    """Match a county by name, filling in city/province when a report names them.

    Reports name the city and province inconsistently, so a county is matched on its
    name plus whatever of city/province is known on both sides.
    """
    candidates = County.objects.filter(name=name)
    if city:
        candidates = candidates.filter(city__in=[city, ""])
    if province:
        candidates = candidates.filter(province__in=[province, ""])
    county = candidates.order_by("-city", "-province").first()
    if county is None:
        return County.objects.create(name=name, city=city, province=province)
    changed = [
        field
        for field, value in (("city", city), ("province", province))
        if value and not getattr(county, field)
    ]
    for field in changed:
        setattr(county, field, city if field == "city" else province)
    if changed:
        county.save(update_fields=changed)
    return county


def township_get_or_create(
    *, name: str, county_name: str | None = None, city: str = "", province: str = ""
) -> Township:
    """The township called `name` in that county; without a county, the only town of that name."""
    if county_name:
        county = county_get_or_create(name=county_name, city=city or "", province=province or "")
        township = Township.objects.filter(name=name, county=county).first()
        if township:
            return township
        # A town first seen without its county gets it now instead of a duplicate.
        orphan = Township.objects.filter(name=name, county__isnull=True).first()
        if orphan:
            orphan.county = county
            orphan.save(update_fields=["county"])
            return orphan
        return Township.objects.create(name=name, county=county)
    matches = list(Township.objects.filter(name=name)[:2])
    if len(matches) == 1:
        return matches[0]
    township, _ = Township.objects.get_or_create(name=name, county=None)
    return township
