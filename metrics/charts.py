"""Plotly figures as plain dicts (no plotly.graph_objects: validating 40,000 points costs more
than building them). Pure functions: data in, figure dict out; static/js/charts.js draws them.

Only SVG trace types: `scattergl` needs 'unsafe-eval', which the CSP forbids.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.translation import gettext as _

from .figures import Figure

# Above this many points the scatter shows markers only (labels would overlap); hover still names them.
LABELLED_POINTS_MAX = 60
ACCENT = "#b42318"
MEDIAN_COLOUR = "#616e7c"
FONT = '"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif'


def _axis(figure: Figure) -> dict:
    return {"title": {"text": figure.label}, "automargin": True, "zeroline": False}


def _layout(**extra) -> dict:
    layout = {
        "font": {"family": FONT, "size": 13},
        "margin": {"l": 10, "r": 20, "t": 40, "b": 10},
        "hovermode": "closest",
        "showlegend": False,
        "autosize": True,
    }
    layout.update(extra)
    return layout


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def scatter_figure(
    *,
    x: Figure,
    y: Figure,
    xs: Sequence[float],
    ys: Sequence[float],
    labels: Sequence[str],
    customdata: Sequence,
    median_x: float | None,
    median_y: float | None,
    target_y: float | None = None,
    n_points: int | None = None,
) -> dict:
    """Towns as points, a dashed median line per axis, an optional target line on Y.

    `customdata` items are [county name, township id]; the id lets the page link a click to the town.
    `n_points` says how many points there will be when the arrays are filled in later by the page
    (charts.js loads them from the `format=points` URL).
    """
    labelled = (len(xs) if n_points is None else n_points) <= LABELLED_POINTS_MAX
    trace = {
        "type": "scatter",
        "mode": "markers+text" if labelled else "markers",
        "x": list(xs),
        "y": list(ys),
        "text": list(labels),
        "customdata": list(customdata),
        "textposition": "top center",
        "textfont": {"size": 11},
        "marker": {"size": 9 if labelled else 5, "color": ACCENT, "opacity": 0.8 if labelled else 0.5},
        "hovertemplate": (
            f"<b>%{{text}}</b> %{{customdata[0]}}<br>{x.name}: %{{x}}<br>{y.name}: %{{y}}<extra></extra>"
        ),
        "cliponaxis": False,
    }
    shapes, annotations = _reference_lines("x", median=median_x)
    shapes_y, annotations_y = _reference_lines("y", median=median_y, target=target_y)
    shapes += shapes_y
    annotations += annotations_y
    return {
        "data": [trace],
        "layout": _layout(
            xaxis=_axis(x),
            yaxis=_axis(y),
            shapes=shapes,
            annotations=annotations,
            height=480,
        ),
    }



def _reference_lines(axis: str, *, median=None, target=None) -> tuple[list, list]:
    """Shapes and labels for a dashed median line and a solid target line across `axis`."""
    shapes, annotations = [], []
    if median is not None:
        shapes.append(_line(axis, median, MEDIAN_COLOUR))
        annotations.append(_note(axis, median, _("中位数 %(value)s") % {"value": _number(median)}))
    if target is not None:
        shapes.append(_line(axis, target, ACCENT, dash="solid"))
        annotations.append(_note(axis, target, _("目标 %(value)s") % {"value": _number(target)}, ACCENT))
    return shapes, annotations

def _line(axis: str, value: float, colour: str, dash: str = "dash") -> dict:
    line = {"type": "line", "line": {"color": colour, "width": 1.5, "dash": dash}, "layer": "below"}
    if axis == "x":
        line.update(xref="x", x0=value, x1=value, yref="paper", y0=0, y1=1)
    else:
        line.update(xref="paper", x0=0, x1=1, yref="y", y0=value, y1=value)
    return line


def _note(axis: str, value: float, text: str, colour: str = MEDIAN_COLOUR) -> dict:
    note = {"text": text, "showarrow": False, "font": {"size": 11, "color": colour}}
    if axis == "x":
        note.update(xref="x", x=value, yref="paper", y=1, yanchor="bottom", xanchor="left")
    else:
        note.update(xref="paper", x=1, yref="y", y=value, xanchor="right", yanchor="bottom")
    return note


def bar_figure(
    *,
    figure: Figure,
    labels: Sequence[str],
    values: Sequence[float],
    median: float | None = None,
    target: float | None = None,
    title: str = "",
) -> dict:
    """A ranked horizontal bar chart, best at the top. Labels must be unique (plotly merges equal
    categories): pass "town（county）" when names repeat. Long Chinese names get their own margin
    (automargin) and the chart grows with the number of bars, so labels never overlap."""
    shapes, annotations = _reference_lines("x", median=median, target=target)
    return {
        "data": [
            {
                "type": "bar",
                "orientation": "h",
                "x": list(values),
                "y": list(labels),
                "marker": {"color": ACCENT},
                "hovertemplate": f"%{{y}}<br>{figure.name}: %{{x}}<extra></extra>",
                "text": [_number(value) for value in values],
                "textposition": "auto",
                "cliponaxis": False,
            }
        ],
        "layout": _layout(
            title={"text": title, "font": {"size": 14}},
            xaxis=_axis(figure),
            yaxis={"autorange": "reversed", "automargin": True, "type": "category", "tickfont": {"size": 12}},
            height=max(240, 24 * len(labels) + 110),
            shapes=shapes,
            annotations=annotations,
            bargap=0.25,
        ),
    }
