"""What assistive technology is told about a page: its language, its headings and its images.

These are the semantics a rule engine cannot judge alone (axe-core checks
that headings exist, not that the first is the one h1 and none skips a level).
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page

# Headings a reader can meet, in document order: those inside [hidden],
# aria-hidden or display:none (e.g. the print-only answer list) are not
# exposed to assistive technology, so they are left out.
EXPOSED_HEADINGS = """() => {
  const exposed = (el) => {
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      if (node.hidden || node.getAttribute("aria-hidden") === "true") return false;
      if (getComputedStyle(node).display === "none") return false;
    }
    return true;
  };
  return [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
    .filter(exposed)
    .map((h) => [Number(h.tagName[1]), h.textContent.trim().replace(/\\s+/g, " ").slice(0, 60)]);
}"""


def heading_problems(headings: list[list[Any]], where: str) -> list[str]:
    if not headings:
        return [f"{where}: no headings"]
    problems = []
    if headings[0][0] != 1:
        problems.append(f"{where}: the first heading is h{headings[0][0]} {headings[0][1]!r}, not h1")
    if sum(1 for level, _ in headings if level == 1) != 1:
        problems.append(f"{where}: {sum(1 for level, _ in headings if level == 1)} h1 headings, not one")
    for (before, before_text), (level, text) in zip(headings, headings[1:], strict=False):
        if level > before + 1:
            problems.append(f"{where}: h{before} {before_text!r} is followed by h{level} {text!r}")
    return problems


# Images must say what they show: an <img> always has alt (content images a
# non-empty one), an <svg> drawn as a picture (role=img, or any inline SVG in
# the page's content) has a name, and an icon SVG is either aria-hidden or
# inside a link, button or label that has a name of its own.
IMAGE_PROBLEMS = """() => {
  const text = (el) => (el ? el.textContent.trim() : "");
  const ownName = (el) => {
    const ids = (el.getAttribute("aria-labelledby") || "").split(/\\s+/).filter(Boolean);
    return (el.getAttribute("aria-label") || "").trim()
      || ids.map((id) => text(document.getElementById(id))).join(" ").trim()
      || (el.getAttribute("title") || "").trim()
      || (el.tagName.toLowerCase() === "svg" ? text(el.querySelector(":scope > title")) : "");
  };
  const describe = (el) => el.outerHTML.slice(0, 120);
  const problems = [];
  for (const img of document.querySelectorAll("img")) {
    if (!img.hasAttribute("alt")) problems.push("img without alt: " + describe(img));
    else if (!img.alt.trim() && img.closest(".md-content")) {
      problems.push("content img with empty alt: " + describe(img));
    }
  }
  for (const svg of document.querySelectorAll("svg")) {
    if (svg.parentElement.closest("svg") || svg.closest("[aria-hidden='true']")) continue;
    const picture = svg.getAttribute("role") === "img" || svg.closest(".md-content .md-typeset");
    if (ownName(svg)) continue;
    if (picture) { problems.push("svg figure without a name: " + describe(svg)); continue; }
    const holder = svg.closest("a, button, label, summary, [role=button], [role=link]");
    if (!holder) {
      problems.push("svg outside any control, neither named nor aria-hidden: " + describe(svg));
      continue;
    }
    const target = holder.htmlFor && document.getElementById(holder.htmlFor);
    if (!text(holder) && !ownName(holder) && !(target && ownName(target))) {
      problems.push("icon in an unnamed control: " + describe(holder));
    }
  }
  return problems;
}"""


def page_semantics_problems(page: Page, where: str, language: str) -> list[str]:
    """The page's ``lang``, its exposed headings and its images, as problems named by ``where``."""
    problems: list[str] = []
    lang = page.evaluate("document.documentElement.getAttribute('lang')")
    if lang != language:
        problems.append(f"{where}: <html lang={lang!r}>, not {language!r}")
    problems += heading_problems(page.evaluate(EXPOSED_HEADINGS), where)
    problems += [f"{where}: {problem}" for problem in page.evaluate(IMAGE_PROBLEMS)]
    return problems
