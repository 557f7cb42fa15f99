"""FilterSets for the dashboard's tables and charts (bound to request.GET; the URL is the state).

Choices come from the data the user may see (`FilterOptions`, built by
`metrics.selectors.filter_options`). Strict: a value that does not validate makes the whole
result empty (see `metrics.selectors.figures_filtered`), never "everything".
"""

from __future__ import annotations

import copy
import functools
import math
from dataclasses import dataclass, field
from html import escape

import django_filters
from django import forms
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from .figures import FIGURE_CODES, INDICATOR_CODES, Figure
from .models import ReportFigures

DEFAULT_X = "enforcement_staff"
DEFAULT_Y = "mediation_success_rate"


@dataclass
class FilterOptions:
    """What the filters may choose from, for one user (counties are (id, name, city, province))."""

    years: list[int]
    counties: list[tuple[int, str, str, str]]
    catalog: dict[str, Figure]
    latest_year: int | None = None
    # The cache generation read with the years (metrics.cache) and the user's region scope: the
    # selectors key cached results by both. None = don't cache.
    generation: int | None = None
    scope: str = ""
    provinces: list[str] = field(init=False)

    def __post_init__(self):
        self.provinces = sorted({province for _, _, _, province in self.counties if province})
        self._narrowed: dict[tuple[str, str], tuple[list[str], list[tuple]]] = {}
        self._county_ids: frozenset[int] | None = None

    # Options are shared by the requests of one generation (metrics.selectors.filter_options): what
    # the FilterSet derives from thousands of counties is worked out once, not on every request.

    @property
    def county_ids(self) -> frozenset[int]:
        if self._county_ids is None:
            self._county_ids = frozenset(pk for pk, *_rest in self.counties)
        return self._county_ids

    def narrowed(self, province: str, city: str) -> tuple[list[str], list[tuple]]:
        """The cities of `province` (all when empty) and the counties in `province` and `city`."""
        key = (province, city)
        if key not in self._narrowed:
            in_province = [c for c in self.counties if not province or c[3] == province]
            cities = sorted({c[2] for c in in_province if c[2]})
            in_city = [c for c in in_province if not city or c[2] == city]
            if len(self._narrowed) > 1000:  # arbitrary URLs must not grow it without bound
                self._narrowed.clear()
            self._narrowed[key] = (cities, in_city)
        return self._narrowed[key]


class FastSelect(forms.Select):
    """A <select> rendered by string joining: thousands of counties render in a millisecond,
    where Django's per-option templates take tens."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        current = "" if value is None else str(value)
        attr_html = "".join(
            f' {key}="{escape(val)}"' for key, val in attrs.items() if val not in (None, False)
        )
        options = [
            f'<option value="{value}"{" selected" if key == current else ""}>{text}</option>'
            for key, value, text in _escaped_choices(tuple(self.choices))
        ]
        return mark_safe(f'<select name="{escape(name)}"{attr_html}>{"".join(options)}</select>')


@functools.lru_cache(maxsize=512)
def _escaped_choices(choices: tuple) -> tuple[tuple[str, str, str], ...]:
    """(key, escaped key, escaped label) per choice: the same menus (cities, counties of a province)
    come back on every page, and escaping their hundreds of options was a tenth of a page's time."""
    return tuple((str(key), escape(str(key)), escape(str(label))) for key, label in choices)


# Rendering more county options than this makes the page heavy: choose a province or city first.
COUNTY_OPTIONS_MAX = 300


class SharedChoicesMixin:
    """Forms deep-copy their fields on every instance, choices included: with thousands of counties
    that copy costs more than the query. Choices are never mutated here, so share them."""

    def __deepcopy__(self, memo):
        result = copy.copy(self)
        memo[id(self)] = result
        result.widget = copy.copy(self.widget)
        result.widget.attrs = dict(self.widget.attrs)
        result.error_messages = dict(self.error_messages)
        result.validators = list(self.validators)
        return result


class SharedChoiceField(SharedChoicesMixin, django_filters.fields.ChoiceField):
    pass


class SharedTypedChoiceField(SharedChoicesMixin, forms.TypedChoiceField):
    pass


class Choice(django_filters.ChoiceFilter):
    field_class = SharedChoiceField


class TypedChoice(django_filters.TypedChoiceFilter):
    field_class = SharedTypedChoiceField


class CountyField(forms.IntegerField):
    """A county id among those the user may see (a set lookup: no choices to normalise and copy)."""

    def __init__(self, *, allowed=frozenset(), **kwargs):
        self.allowed = allowed
        super().__init__(**kwargs)

    def validate(self, value):
        super().validate(value)
        if value is not None and value not in self.allowed:
            raise forms.ValidationError(_("没有这个县（区、市）"), code="invalid_choice")


class CountyFilter(django_filters.Filter):
    field_class = CountyField


class FiguresFilterSet(django_filters.FilterSet):
    """Region, name, year, indicator ranges, "has a value for", reviewed only."""

    province = Choice(label=_("省份"), field_name="province", widget=FastSelect, empty_label=_("全部省份"))
    city = Choice(label=_("地级市"), field_name="city", widget=FastSelect, empty_label=_("全部地级市"))
    county = CountyFilter(label=_("县（区、市）"), field_name="county_id")
    name = django_filters.CharFilter(label=_("乡镇名称"), method="filter_name")
    year = TypedChoice(label=_("年度"), field_name="year", widget=FastSelect, coerce=int)
    has = django_filters.MultipleChoiceFilter(
        label=_("须有数值"), method="filter_has", widget=forms.CheckboxSelectMultiple
    )
    reviewed = django_filters.BooleanFilter(
        label=_("只看已审核"), method="filter_reviewed", widget=forms.CheckboxInput
    )

    class Meta:
        model = ReportFigures
        fields: list[str] = []

    def __init__(self, data=None, *, options: FilterOptions, **kwargs):
        super().__init__(data, **kwargs)
        self.options = options
        catalog = options.catalog
        # Ranges (code_min / code_max for every figure) are parsed by `_parse_ranges`, not as form
        # fields: 38 more fields would cost more to build and copy than the whole query.
        self.ranges, self.range_errors = self._parse_ranges()
        self.filters["has"].extra["choices"] = [(code, catalog[code].name) for code in FIGURE_CODES]
        province = self._raw("province")
        city = self._raw("city")
        counties = options.counties
        self.filters["province"].extra["choices"] = [(p, p) for p in options.provinces]
        # Counties are narrowed to the chosen province/city (a county outside it matches nothing anyway).
        cities, in_city = options.narrowed(province, city)
        self.filters["city"].extra["choices"] = [(c, c) for c in cities]
        # Validation accepts any visible county; the menu lists them once a province or city narrows
        # them down (thousands of options would make every page heavy).
        menu = [("", str(_("全部县（区、市）")))]
        chosen = self._raw("county")
        if (province or city) or len(in_city) <= COUNTY_OPTIONS_MAX:
            menu += [
                (str(pk), f"{name}（{city_}）" if city_ and not city else name)
                for pk, name, city_, _p in in_city
            ]
        else:
            menu = [("", str(_("请先选择省份或地级市")))] + [
                (str(pk), f"{name}（{city_}）") for pk, name, city_, _p in counties if str(pk) == chosen
            ]
        self.filters["county"].extra.update(
            allowed=options.county_ids,
            widget=FastSelect(choices=menu),
        )
        self.filters["year"].extra["choices"] = [
            (str(y), str(y)) for y in sorted(options.years, reverse=True)
        ]

    def _raw(self, name: str) -> str:
        return (self.data.get(name) or "") if self.data is not None else ""

    def filter_has(self, queryset, name, value):
        for code in value:
            queryset = queryset.filter(**{f"{code}__isnull": False})
        return queryset

    def filter_name(self, queryset, name, value):
        # Case only matters for letters that have it: Chinese names compare as they are, which lets
        # PostgreSQL skip UPPER() on every row (5× faster on 40,000 towns).
        lookup = "icontains" if value.upper() != value.lower() else "contains"
        return queryset.filter(**{f"township_name__{lookup}": value.strip()})

    def filter_reviewed(self, queryset, name, value):
        return queryset.filter(reviewed=True) if value else queryset

    def _parse_ranges(self) -> tuple[list[tuple[str, str, float]], dict[str, str]]:
        ranges, errors = [], {}
        if self.data is None:
            return ranges, errors
        for code in FIGURE_CODES:
            for bound, lookup in (("min", "gte"), ("max", "lte")):
                raw = (self.data.get(f"{code}_{bound}") or "").strip()
                if not raw:
                    continue
                try:
                    value = float(raw)
                except ValueError:
                    value = math.nan
                if not math.isfinite(value):
                    errors[f"{code}_{bound}"] = str(_("请输入一个数。"))
                    continue
                ranges.append((code, lookup, value))
        return ranges, errors

    def is_valid(self):
        return super().is_valid() and not self.range_errors

    @property
    def all_errors(self) -> dict:
        errors = {name: list(messages) for name, messages in self.form.errors.items()}
        return errors | {name: [message] for name, message in self.range_errors.items()}

    def filter_queryset(self, queryset):
        for name, value in self.form.cleaned_data.items():
            if value in (None, "", [], ()):
                continue
            queryset = self.filters[name].filter(queryset, value)
        for code, lookup, value in self.ranges:
            queryset = queryset.filter(**{f"{code}__{lookup}": value})
        return queryset

    def ranges_html(self):
        """Rows of the "ranges and has a value" table (19 figures × 3 inputs, built in Python)."""
        data = self.data if self.data is not None else {}
        has = set(data.getlist("has")) if hasattr(data, "getlist") else set()
        low_label, high_label, has_label = str(_("最小")), str(_("最大")), str(_("须有数值"))
        rows = []
        for code in FIGURE_CODES:
            figure = self.options.catalog[code]
            name = escape(figure.name)
            low = escape(data.get(f"{code}_min") or "")
            high = escape(data.get(f"{code}_max") or "")
            rows.append(
                f'<tr><td title="{code}">{escape(figure.label)}</td>'
                f'<td><input type="number" step="any" name="{code}_min" value="{low}" '
                f'aria-label="{name} {low_label}"></td>'
                f'<td><input type="number" step="any" name="{code}_max" value="{high}" '
                f'aria-label="{name} {high_label}"></td>'
                f'<td><input type="checkbox" name="has" value="{code}"{" checked" if code in has else ""} '
                f'aria-label="{name} {has_label}"></td></tr>'
            )
        return mark_safe("".join(rows))


class TownshipsFilterSet(FiguresFilterSet):
    """The Townships table: adds `sort` (a column key, '-' for descending)."""

    SORT_KEYS = ("name", "county", *INDICATOR_CODES)
    sort = Choice(label=_("排序"), method="filter_noop", widget=forms.HiddenInput)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.filters["sort"].extra["choices"] = [(k, k) for key in self.SORT_KEYS for k in (key, f"-{key}")]

    def filter_noop(self, queryset, name, value):
        return queryset  # ordering is applied by the selector, after filtering


class CompareFilterSet(FiguresFilterSet):
    """Compare: two axes and a ranking figure, among indicators and ratios."""

    x = Choice(label=_("横轴（X）"), method="filter_noop", widget=FastSelect, empty_label=None)
    y = Choice(label=_("纵轴（Y）"), method="filter_noop", widget=FastSelect, empty_label=None)
    rank = Choice(label=_("排名指标"), method="filter_noop", widget=FastSelect, empty_label=_("同纵轴"))

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        choices = [(code, self.options.catalog[code].label) for code in FIGURE_CODES]
        for name in ("x", "y", "rank"):
            self.filters[name].extra["choices"] = choices

    def filter_noop(self, queryset, name, value):
        return queryset

    def axes(self) -> tuple[str, str, str]:
        data = self.form.cleaned_data if self.is_valid() else {}
        x = data.get("x") or DEFAULT_X
        y = data.get("y") or DEFAULT_Y
        return x, y, data.get("rank") or y
