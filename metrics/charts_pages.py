"""Plotly figure dicts for the detail pages (pure functions: data in, JSON-able dict out).

The dicts go to the page through `json_script` and are drawn by static/js/pages-charts.js.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

FONT = {
    "family": "Microsoft YaHei, PingFang SC, WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif", "size": 12,
}
ACCENT = "#b42318"
MUTED = "#7b8794"


def _layout(**extra) -> dict:
    layout = {
        "font": FONT,
        "margin": {"l": 50, "r": 20, "t": 40, "b": 40},
        "autosize": True,
        "hovermode": "closest",
        "separators": ".,",
    }
    layout.update(extra)
    return layout


def trend_figure(title: str, unit: str, points: list[tuple[int, float]]) -> dict:
    """One small line chart: an indicator's value per year for one town."""
    years = [year for year, _value in points]
    return {
        "data": [{
            "type": "scatter", "mode": "lines+markers", "x": years, "y": [value for _year, value in points],
            "line": {"color": ACCENT}, "name": title,
            "hovertemplate": "%{x}: %{y:,}" + f" {unit}<extra></extra>",
        }],
        "layout": _layout(
            title={"text": title, "font": {"size": 13}}, height=220, showlegend=False,
            margin={"l": 50, "r": 15, "t": 36, "b": 30},
            xaxis={
                "tickmode": "array", "tickvals": years, "ticktext": [str(y) for y in years],
                "type": "category",
            },
            yaxis={"title": {"text": unit}, "rangemode": "tozero", "tickformat": ",~r", "automargin": True},
        ),
    }


def distribution_figure(
    indicator_name: str, unit: str, values: list[float], labels: list[str] | None
) -> dict:
    """Histogram of the towns' values with a box plot above it: every town as a point (hover = its
    name) when `labels` are given, the box alone when there are too many towns to show each."""
    box = {
        "type": "box", "x": values, "name": "", "boxpoints": "all" if labels else False, "jitter": 0.4,
        "pointpos": 0, "marker": {"color": MUTED, "size": 6}, "line": {"color": ACCENT},
        "xaxis": "x", "yaxis": "y2", "orientation": "h",
    }
    if labels:
        box.update(text=labels, hovertemplate="%{text}: %{x:,}<extra></extra>")
    return {
        "data": [
            {
                "type": "histogram", "x": values, "name": _("乡镇数"), "marker": {"color": ACCENT},
                "opacity": 0.8, "xaxis": "x", "yaxis": "y",
                "hovertemplate": _("%{x}：%{y} 个乡镇") + "<extra></extra>",
            },
            box,
        ],
        "layout": _layout(
            height=380, showlegend=False, bargap=0.05,
            xaxis={"title": {"text": f"{indicator_name}（{unit}）"}, "tickformat": ",~r"},
            yaxis={"domain": [0, 0.68], "title": {"text": _("乡镇数")}},
            yaxis2={"domain": [0.74, 1], "showticklabels": False},
        ),
    }


def coverage_figure(years: list[int], stated: list[int], missing: list[int]) -> dict:
    """Stacked bars per year: reports that state the indicator and those that don't."""
    labels = [str(y) for y in years]
    return {
        "data": [
            {"type": "bar", "x": labels, "y": stated, "name": _("有此指标"), "marker": {"color": ACCENT}},
            {"type": "bar", "x": labels, "y": missing, "name": _("未提及"), "marker": {"color": "#cbd2d9"}},
        ],
        "layout": _layout(
            barmode="stack", height=300, xaxis={"type": "category", "title": {"text": _("年度")}},
            yaxis={"title": {"text": _("报告数")}}, legend={"orientation": "h", "y": 1.12},
        ),
    }


def practice_counts_figure(practices: list[tuple[str, int]]) -> dict:
    """Horizontal bars: how many towns report each named practice (largest on top)."""
    ordered = list(reversed(practices))
    xaxis = {"title": {"text": _("乡镇数")}, "tickformat": ",d", "rangemode": "tozero"}
    if practices and max(n for _name, n in practices) <= 12:
        xaxis["dtick"] = 1  # whole towns only: no fractional ticks on small counts
    return {
        "data": [{
            "type": "bar", "orientation": "h",
            "y": [name for name, _n in ordered], "x": [n for _name, n in ordered],
            "marker": {"color": ACCENT}, "hovertemplate": _("%{y}：%{x} 个乡镇") + "<extra></extra>",
        }],
        "layout": _layout(
            height=max(220, 26 * len(practices) + 80), margin={"l": 20, "r": 20, "t": 20, "b": 40},
            xaxis=xaxis,
            yaxis={"automargin": True},
        ),
    }
