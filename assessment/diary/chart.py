"""The diary chart: daily pain and daily MME on one time axis, as SVG text.

Built by string joining with every text escaped. No ``style`` attribute and
no ``<style>`` element (the site's CSP forbids inline styles): only
presentation attributes and classes, which the page's stylesheet may colour.
It reads in black and white: pain is a solid line with dots, the dose a
dashed step line, and each dose change a dotted rule with a triangle pointing
up or down. The viewBox lets it scale to its container. The person's notes
never go into it.

Two layouts of the same chart: ``WIDE`` (720 by 320, for wide screens and
print) and ``NARROW`` (320 wide, for phones: larger text for its size, the
legend on rows of its own, fewer ticks). Shown at its natural width or a
little less, every text in either is 11 CSS pixels or more; the page picks
the layout by the screen's width. Every word is the catalog's, in the
report's language; the legend flows onto as many rows as its words need.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .._i18n import N_, Translate
from ._dates import long_date, month_year, short_date, short_month
from .events import INCREASE, Event
from .series import SeriesDay
from .words import mme_text

__all__ = ["render_chart", "Layout", "WIDE", "NARROW", "CHART_WIDTH", "CHART_HEIGHT"]


@dataclass(frozen=True)
class Layout:
    """A chart's size in user units, its text size and its most x-axis ticks."""

    name: str
    width: int
    height: int
    left: int
    right: int
    font_size: int
    max_ticks: int


WIDE = Layout("wide", 720, 320, 48, 664, 13, 8)
# On a 320 px screen the chart is about 288 CSS px wide: 13 * 288 / 320 is
# 11.7 px text. The margins hold "10" on the left and a 4-digit MME on the right.
NARROW = Layout("narrow", 320, 330, 28, 278, 13, 4)
CHART_WIDTH, CHART_HEIGHT = WIDE.width, WIDE.height

# Beyond this many days a dot per day is a smear; only lone days keep theirs.
_DOTS_UP_TO_DAYS = 400
# Room under the plot for the tick labels, and above it for the axis names.
_BELOW = 40
_AXIS_NAMES = 30
# A generous average glyph width, in ems, to lay out the legend without a font.
_EM = 0.62
# Not xml.sax.saxutils: it imports urllib.request, http and ssl, which would
# all land in the browser's boot zip for four replacements.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})

_TITLE = N_("Your daily pain and opioid dose")
_NO_SCORES = N_("No pain scores yet")
_NO_SCORES_DESC = N_("The diary has no pain scores yet.")
_PAIN_AXIS = N_("Pain")
_MME_AXIS = N_("MME")
_LEGEND_PAIN = N_("Pain (0 to 10)")
_LEGEND_DOSE = N_("Daily dose (MME)")
_LEGEND_CHANGE = N_("Dose change")
_CHANGE_UP = N_("Dose up on {date}: {before} to {after} MME a day")
_CHANGE_DOWN = N_("Dose down on {date}: {before} to {after} MME a day")
_DESCRIPTION = N_(
    "Daily pain from {first} to {last} on a 0 to 10 scale (solid line with dots), and the daily "
    "opioid dose in morphine milligram equivalents (dashed line). Gaps are days with no score."
)
_DESCRIBE_UP = N_("The dose went up on {date}, from {before} to {after} MME a day.")
_DESCRIBE_DOWN = N_("The dose went down on {date}, from {before} to {after} MME a day.")


def escape(text: str) -> str:
    """``text`` safe inside an SVG element or a double-quoted attribute."""
    return text.translate(_ESCAPES)


def quoteattr(text: str) -> str:
    return f'"{escape(text)}"'


def _num(value: float) -> str:
    # A tenth of a unit is finer than any screen shows; called for every point.
    return f"{value:.1f}"


def _nice_ceiling(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 x 10^k at or above ``value`` (10 for nothing)."""
    if value <= 0:
        return 10.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power  # pragma: no cover - the loop always returns


class _Scale:
    def __init__(self, layout: Layout, top: float, first: date, last: date, mme_top: float) -> None:
        self.layout = layout
        self.top = top
        self.bottom = layout.height - _BELOW
        self.first = first
        self.days = max(1, (last - first).days)
        self.single = first == last
        self.mme_top = mme_top

    def x(self, day: date) -> float:
        left, right = self.layout.left, self.layout.right
        if self.single:
            return (left + right) / 2
        return left + (day - self.first).days / self.days * (right - left)

    def pain_y(self, pain: float) -> float:
        return self.bottom - pain / 10 * (self.bottom - self.top)

    def mme_y(self, mme: float) -> float:
        return self.bottom - mme / self.mme_top * (self.bottom - self.top)


def _text(layout: Layout, x: float, y: float, text: str, anchor: str = "middle",
          cls: str = "diary-chart__label") -> str:
    return (f'<text x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}" font-size="{layout.font_size}" '
            f'fill="currentColor" class="{cls}">{escape(text)}</text>')


def _ticks(first: date, last: date, most: int, translate: Translate) -> list[tuple[date, str]]:
    """Month starts for long spans, weeks for short ones; at most ``most``."""
    span = (last - first).days
    if span < 60:
        step = max(7, 7 * math.ceil(span / 7 / most))
        days = [first + timedelta(days=offset) for offset in range(0, span + 1, step)]
        return [(d, short_date(d, translate)) for d in days]
    months = []
    year, month = first.year, first.month
    while date(year, month, 1) <= last:
        if date(year, month, 1) >= first:
            months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    every = max(1, math.ceil(len(months) / most))
    kept = months[::every]
    return [(d, month_year(d, translate) if d.month == 1 or i == 0 else short_month(d, translate))
            for i, d in enumerate(kept)]


def _axes(scale: _Scale, first: date, last: date, translate: Translate) -> list[str]:
    layout, top, bottom = scale.layout, scale.top, scale.bottom
    left, right = layout.left, layout.right
    parts = ['<g class="diary-chart__axes">']
    for pain in range(0, 11, 2):
        y = scale.pain_y(pain)
        parts.append(f'<line x1="{left}" x2="{right}" y1="{_num(y)}" y2="{_num(y)}" '
                     'stroke="currentColor" stroke-opacity="0.2" stroke-width="1" class="diary-chart__grid"/>')
        parts.append(_text(layout, left - 6, y + 4, str(pain), "end"))
    for fraction in (0, 0.5, 1):
        value = scale.mme_top * fraction
        parts.append(_text(layout, right + 6, scale.mme_y(value) + 4, mme_text(value), "start"))
    parts.append(_text(layout, 2, top - 14, translate(_PAIN_AXIS), "start"))
    parts.append(_text(layout, layout.width - 2, top - 14, translate(_MME_AXIS), "end"))
    parts.append(f'<line x1="{left}" x2="{right}" y1="{_num(bottom)}" y2="{_num(bottom)}" '
                 'stroke="currentColor" stroke-width="1"/>')
    for day, label in _ticks(first, last, layout.max_ticks, translate):
        x = scale.x(day)
        parts.append(f'<line x1="{_num(x)}" x2="{_num(x)}" y1="{_num(bottom)}" y2="{_num(bottom + 5)}" '
                     'stroke="currentColor" stroke-width="1"/>')
        parts.append(_text(layout, x, bottom + 20, label))
    parts.append("</g>")
    return parts


def _legend(layout: Layout, translate: Translate) -> tuple[list[str], float]:
    """The legend, its items flowing onto rows as wide as the chart; and the y below it."""
    row_height = layout.font_size + 6
    gap = layout.font_size
    items = [("pain", translate(_LEGEND_PAIN)), ("dose", translate(_LEGEND_DOSE)), ("change", translate(_LEGEND_CHANGE))]
    parts = ['<g class="diary-chart__legend">']
    x, y = 8.0, 4.0 + layout.font_size
    for kind, label in items:
        width = 30 + len(label) * layout.font_size * _EM
        if x > 8 and x + width > layout.width - 4:
            x, y = 8.0, y + row_height
        if kind == "pain":
            parts.append(f'<line x1="{_num(x)}" x2="{_num(x + 24)}" y1="{_num(y - 4)}" y2="{_num(y - 4)}" '
                         'stroke="currentColor" stroke-width="2"/>')
            parts.append(f'<circle cx="{_num(x + 12)}" cy="{_num(y - 4)}" r="3" fill="currentColor"/>')
        elif kind == "dose":
            parts.append(f'<line x1="{_num(x)}" x2="{_num(x + 24)}" y1="{_num(y - 4)}" y2="{_num(y - 4)}" '
                         'stroke="currentColor" stroke-width="2" stroke-dasharray="6 4"/>')
        else:
            parts.append(f'<path d="M{_num(x + 7)},{_num(y + 1)} l5,-10 l5,10 z" fill="currentColor"/>')
        parts.append(_text(layout, x + 30, y, label, "start"))
        x += width + gap
    parts.append("</g>")
    return parts, y + 6


def _pain(scale: _Scale, series: Sequence[SeriesDay]) -> list[str]:
    runs: list[list[SeriesDay]] = []
    for item in series:
        if item.pain is None:
            runs.append([])
        elif runs and runs[-1]:
            runs[-1].append(item)
        else:
            runs.append([item])
    runs = [run for run in runs if run]
    dots_for_all = len(series) <= _DOTS_UP_TO_DAYS
    parts = ['<g class="diary-chart__pain">']
    for run in runs:
        points = [(scale.x(item.day), scale.pain_y(item.pain or 0)) for item in run]
        if len(points) > 1:
            path = "M" + " L".join(f"{_num(x)},{_num(y)}" for x, y in points)
            parts.append(f'<path d="{path}" fill="none" stroke="currentColor" stroke-width="2" '
                         'stroke-linejoin="round" class="diary-chart__pain-line"/>')
        if dots_for_all or len(points) == 1:
            parts.extend(f'<circle cx="{_num(x)}" cy="{_num(y)}" r="2.5" fill="currentColor" '
                         'class="diary-chart__pain-dot"/>' for x, y in points)
    parts.append("</g>")
    return parts


def _mme(scale: _Scale, series: Sequence[SeriesDay]) -> list[str]:
    paths = []
    current: list[str] = []
    previous: float | None = None
    for item in series:
        if item.mme is None:
            if current:
                paths.append("".join(current))
            current, previous = [], None
            continue
        x, y = _num(scale.x(item.day)), _num(scale.mme_y(item.mme))
        if previous is None:
            current = [f"M{x},{y}"]
        elif item.mme != previous:
            current.append(f" H{x} V{y}")
        previous = item.mme
    if current:
        current.append(f" H{_num(scale.x(series[-1].day))}")
        paths.append("".join(current))
    return (['<g class="diary-chart__dose">']
            + [f'<path d="{d}" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="6 4" '
               'stroke-opacity="0.75" class="diary-chart__dose-line"/>' for d in paths]
            + ["</g>"])


def _change_words(event: Event, template_up: str, template_down: str, with_year: bool, translate: Translate) -> str:
    template = template_up if event.direction == INCREASE else template_down
    return translate(template).format(date=long_date(event.day, with_year, translate),
                                      before=mme_text(event.mme_before), after=mme_text(event.mme_after))


def _changes(scale: _Scale, events: Sequence[Event], with_year: bool, translate: Translate) -> list[str]:
    top, bottom = scale.top, scale.bottom
    parts = ['<g class="diary-chart__changes">']
    for event in events:
        x = _num(scale.x(event.day))
        up = event.direction == INCREASE
        marker = f"M{x},{_num(top - 2)} l-5,-9 h10 z" if not up else f"M{x},{_num(top - 11)} l-5,9 h10 z"
        label = _change_words(event, _CHANGE_UP, _CHANGE_DOWN, with_year, translate)
        parts.append(
            f'<g class="diary-chart__change diary-chart__change--{event.direction}">'
            f"<title>{escape(label)}</title>"
            f'<line x1="{x}" x2="{x}" y1="{_num(top)}" y2="{_num(bottom)}" stroke="currentColor" '
            'stroke-width="1.5" stroke-dasharray="2 3"/>'
            f'<path d="{marker}" fill="currentColor"/></g>'
        )
    parts.append("</g>")
    return parts


def _description(series: Sequence[SeriesDay], events: Sequence[Event], with_year: bool, translate: Translate) -> str:
    if not series:
        return translate(_NO_SCORES_DESC)
    first, last = series[0].day, series[-1].day
    text = translate(_DESCRIPTION).format(first=long_date(first, with_year, translate),
                                          last=long_date(last, True, translate))
    for event in events:
        text += " " + _change_words(event, _DESCRIBE_UP, _DESCRIBE_DOWN, with_year, translate)
    return text


def render_chart(
    series: Sequence[SeriesDay],
    events: Sequence[Event],
    translate: Translate,
    layout: Layout = WIDE,
    id_prefix: str = "diary-chart",
) -> str:
    """The whole chart as SVG markup, for the days of ``series``.

    Only the events within the series' days are drawn and described.
    ``id_prefix`` keeps ids unique when a page holds more than one chart.
    """
    first: date | None = series[0].day if series else None
    last: date | None = series[-1].day if series else None
    shown = [event for event in events if first is not None and last is not None and first <= event.day <= last]
    with_year = first is not None and last is not None and first.year != last.year
    title_id, desc_id = f"{id_prefix}-title", f"{id_prefix}-desc"
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {layout.width} {layout.height}" '
            f'class="diary-chart diary-chart--{layout.name}" role="img" '
            f'aria-labelledby={quoteattr(title_id + " " + desc_id)}>'
            f"<title id={quoteattr(title_id)}>{escape(translate(_TITLE))}</title>"
            f"<desc id={quoteattr(desc_id)}>{escape(_description(series, shown, with_year, translate))}</desc>")
    if first is None or last is None:
        return head + _text(layout, layout.width / 2, layout.height / 2, translate(_NO_SCORES)) + "</svg>"
    legend, legend_bottom = _legend(layout, translate)
    mme_values = [item.mme for item in series if item.mme is not None]
    scale = _Scale(layout, legend_bottom + _AXIS_NAMES, first, last, _nice_ceiling(max(mme_values, default=0)))
    body = (legend + _axes(scale, first, last, translate) + _mme(scale, series)
            + _changes(scale, shown, with_year, translate) + _pain(scale, series))
    return head + "".join(body) + "</svg>"
