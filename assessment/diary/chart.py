"""The diary chart: daily pain and daily MME on one time axis, as SVG text.

Built by string joining with every text escaped. No ``style`` attribute and
no ``<style>`` element (the site's CSP forbids inline styles): only
presentation attributes and classes, which the page's stylesheet may colour.
It reads in black and white: pain is a solid line with dots, the dose a
dashed step line, and each dose change a dotted rule with a triangle pointing
up or down. The viewBox lets it scale to its container. The person's notes
never go into it.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Optional, Sequence

from ._dates import long_date, short_month
from .events import INCREASE, Event
from .series import SeriesDay

__all__ = ["render_chart", "CHART_WIDTH", "CHART_HEIGHT"]

CHART_WIDTH = 720
CHART_HEIGHT = 320
_LEFT, _RIGHT, _TOP, _BOTTOM = 48, 664, 48, 280
# Beyond this many days a dot per day is a smear; only lone days keep theirs.
_DOTS_UP_TO_DAYS = 400
_MAX_TICKS = 8
# Not xml.sax.saxutils: it imports urllib.request, http and ssl, which would
# all land in the browser's boot zip for four replacements.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def escape(text: str) -> str:
    """``text`` safe inside an SVG element or a double-quoted attribute."""
    return text.translate(_ESCAPES)


def quoteattr(text: str) -> str:
    return f'"{escape(text)}"'


def _num(value: float) -> str:
    # A tenth of a unit is finer than any screen shows; called for every point.
    return f"{value:.1f}"


def _mme_text(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))


def _nice_ceiling(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 x 10^k at or above ``value`` (10 for nothing)."""
    if value <= 0:
        return 10.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power  # pragma: no cover - the loop always returns


class _Scale:
    def __init__(self, first: date, last: date, mme_top: float) -> None:
        self.first = first
        self.days = max(1, (last - first).days)
        self.single = first == last
        self.mme_top = mme_top

    def x(self, day: date) -> float:
        if self.single:
            return (_LEFT + _RIGHT) / 2
        return _LEFT + (day - self.first).days / self.days * (_RIGHT - _LEFT)

    @staticmethod
    def pain_y(pain: float) -> float:
        return _BOTTOM - pain / 10 * (_BOTTOM - _TOP)

    def mme_y(self, mme: float) -> float:
        return _BOTTOM - mme / self.mme_top * (_BOTTOM - _TOP)


def _text(x: float, y: float, text: str, anchor: str = "middle", cls: str = "diary-chart__label") -> str:
    return (f'<text x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}" font-size="13" '
            f'fill="currentColor" class="{cls}">{escape(text)}</text>')


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Month starts for long spans, weeks for short ones; at most ``_MAX_TICKS``."""
    span = (last - first).days
    if span < 60:
        step = max(7, 7 * math.ceil(span / 7 / _MAX_TICKS))
        days = [first + timedelta(days=offset) for offset in range(0, span + 1, step)]
        return [(d, f"{d.day} {short_month(d)}") for d in days]
    months = []
    year, month = first.year, first.month
    while date(year, month, 1) <= last:
        if date(year, month, 1) >= first:
            months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    every = max(1, math.ceil(len(months) / _MAX_TICKS))
    kept = months[::every]
    return [(d, f"{short_month(d)} {d.year}" if d.month == 1 or i == 0 else short_month(d))
            for i, d in enumerate(kept)]


def _axes(scale: _Scale, first: date, last: date) -> list[str]:
    parts = ['<g class="diary-chart__axes">']
    for pain in range(0, 11, 2):
        y = scale.pain_y(pain)
        parts.append(f'<line x1="{_LEFT}" x2="{_RIGHT}" y1="{_num(y)}" y2="{_num(y)}" '
                     'stroke="currentColor" stroke-opacity="0.2" stroke-width="1" class="diary-chart__grid"/>')
        parts.append(_text(_LEFT - 6, y + 4, str(pain), "end"))
    for fraction in (0, 0.5, 1):
        value = scale.mme_top * fraction
        parts.append(_text(_RIGHT + 6, scale.mme_y(value) + 4, _mme_text(value), "start"))
    parts.append(_text(_LEFT - 6, _TOP - 12, "Pain", "end"))
    parts.append(_text(_RIGHT + 6, _TOP - 12, "MME", "start"))
    parts.append(f'<line x1="{_LEFT}" x2="{_RIGHT}" y1="{_BOTTOM}" y2="{_BOTTOM}" stroke="currentColor" stroke-width="1"/>')
    for day, label in _ticks(first, last):
        x = scale.x(day)
        parts.append(f'<line x1="{_num(x)}" x2="{_num(x)}" y1="{_BOTTOM}" y2="{_BOTTOM + 5}" stroke="currentColor" stroke-width="1"/>')
        parts.append(_text(x, _BOTTOM + 20, label))
    parts.append("</g>")
    return parts


def _legend() -> list[str]:
    y = 16
    return [
        '<g class="diary-chart__legend">',
        f'<line x1="{_LEFT}" x2="{_LEFT + 24}" y1="{y}" y2="{y}" stroke="currentColor" stroke-width="2"/>',
        f'<circle cx="{_LEFT + 12}" cy="{y}" r="3" fill="currentColor"/>',
        _text(_LEFT + 30, y + 4, "Pain (0 to 10)", "start"),
        f'<line x1="{_LEFT + 170}" x2="{_LEFT + 194}" y1="{y}" y2="{y}" stroke="currentColor" stroke-width="2" stroke-dasharray="6 4"/>',
        _text(_LEFT + 200, y + 4, "Daily dose (MME)", "start"),
        f'<path d="M{_LEFT + 360},{y + 5} l5,-10 l5,10 z" fill="currentColor"/>',
        _text(_LEFT + 376, y + 4, "Dose change", "start"),
        "</g>",
    ]


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
    previous: Optional[float] = None
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
            + [f'<path d="{d}" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="6 4" stroke-opacity="0.75" '
               'class="diary-chart__dose-line"/>' for d in paths]
            + ["</g>"])


def _changes(scale: _Scale, events: Sequence[Event], first: date, last: date, with_year: bool) -> list[str]:
    parts = ['<g class="diary-chart__changes">']
    for event in events:
        if not first <= event.day <= last:
            continue
        x = _num(scale.x(event.day))
        up = event.direction == INCREASE
        marker = f"M{x},{_TOP - 2} l-5,-9 h10 z" if not up else f"M{x},{_TOP - 11} l-5,9 h10 z"
        label = (f"Dose {'up' if up else 'down'} on {long_date(event.day, with_year)}: "
                 f"{_mme_text(event.mme_before)} to {_mme_text(event.mme_after)} MME a day")
        parts.append(
            f'<g class="diary-chart__change diary-chart__change--{event.direction}">'
            f"<title>{escape(label)}</title>"
            f'<line x1="{x}" x2="{x}" y1="{_TOP}" y2="{_BOTTOM}" stroke="currentColor" stroke-width="1.5" '
            'stroke-dasharray="2 3"/>'
            f'<path d="{marker}" fill="currentColor"/></g>'
        )
    parts.append("</g>")
    return parts


def _description(series: Sequence[SeriesDay], events: Sequence[Event], with_year: bool) -> str:
    if not series:
        return "The diary has no pain scores yet."
    first, last = series[0].day, series[-1].day
    text = (f"Daily pain from {long_date(first, with_year)} to {long_date(last, True)} on a 0 to 10 scale "
            "(solid line with dots), and the daily opioid dose in morphine milligram equivalents "
            "(dashed line). Gaps are days with no score.")
    for event in events:
        way = "up" if event.direction == INCREASE else "down"
        text += (f" The dose went {way} on {long_date(event.day, with_year)}, from "
                 f"{_mme_text(event.mme_before)} to {_mme_text(event.mme_after)} MME a day.")
    return text


def render_chart(series: Sequence[SeriesDay], events: Sequence[Event], id_prefix: str = "diary-chart") -> str:
    """The whole chart as SVG markup. ``id_prefix`` keeps ids unique if a page shows it twice."""
    with_year = bool(series) and series[0].day.year != series[-1].day.year
    title_id, desc_id = f"{id_prefix}-title", f"{id_prefix}-desc"
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" '
            f'class="diary-chart" role="img" aria-labelledby={quoteattr(title_id + " " + desc_id)}>'
            f"<title id={quoteattr(title_id)}>Your daily pain and opioid dose</title>"
            f"<desc id={quoteattr(desc_id)}>{escape(_description(series, events, with_year))}</desc>")
    if not series:
        return head + _text(CHART_WIDTH / 2, CHART_HEIGHT / 2, "No pain scores yet") + "</svg>"
    first, last = series[0].day, series[-1].day
    mme_values = [item.mme for item in series if item.mme is not None]
    scale = _Scale(first, last, _nice_ceiling(max(mme_values, default=0)))
    body = (_legend() + _axes(scale, first, last) + _mme(scale, series) + _changes(scale, events, first, last, with_year)
            + _pain(scale, series))
    return head + "".join(body) + "</svg>"
