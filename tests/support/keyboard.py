"""Keyboard probes: what has focus after each key press, and whether it shows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from playwright.sync_api import Page

from .pages import SETTLE_ANIMATIONS

# What has focus now, and whether it shows. Transitions end first: the theme
# fades the skip link in, and a half-faded ring is not yet a visible one.
FOCUSED = """async () => {
  await (""" + SETTLE_ANIMATIONS + """)();
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  // The ring may be drawn on the control's label instead: the theme's palette
  // toggle is a visually hidden radio whose ring is on the label after it.
  const sibling = el.nextElementSibling;
  const candidates = [el, ...(el.labels || []), sibling && sibling.tagName === "LABEL" ? sibling : null];
  const ringOf = (node) => {
    const style = getComputedStyle(node);
    if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) {
      return `outline ${style.outlineStyle} ${style.outlineWidth}`;
    }
    if (style.boxShadow && style.boxShadow !== "none") return `box-shadow ${style.boxShadow}`;
    return "";
  };
  const seen = (node) => node.checkVisibility({opacityProperty: true, visibilityProperty: true});
  const showing = candidates.find((node) => node && ringOf(node) && seen(node)) || el;
  const fieldset = el.closest("fieldset[data-question]");
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    type: el.getAttribute("type") || "",
    value: "value" in el ? String(el.value) : "",
    checked: !!el.checked,
    className: typeof el.className === "string" ? el.className : "",
    text: (el.innerText || el.getAttribute("aria-label") || el.getAttribute("title") || "")
      .trim().replace(/\\s+/g, " ").slice(0, 50),
    question: fieldset ? fieldset.dataset.question : null,
    inContent: !!el.closest(".md-content"),
    flag: el.dataset ? el.dataset.flag || null : null,
    ring: ringOf(showing),
    shown: seen(showing),
  };
}"""


def describe(focused: Mapping[str, Any]) -> str:
    if focused["id"]:
        name = f"#{focused['id']}"
    elif focused["className"]:
        name = "." + focused["className"].split()[0]
    else:
        name = ""
    return f"<{focused['tag']}{name}> {focused['text']!r}"


class Keyboard:
    """Presses keys and checks, after each one, that focus is visible."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.unseen: list[str] = []

    def press(self, key: str) -> dict[str, Any] | None:
        self.page.keyboard.press(key)
        focused = self.page.evaluate(FOCUSED)
        if focused is not None and not (focused["ring"] and focused["shown"]):
            self.unseen.append(f"after {key}: {describe(focused)} ring={focused['ring']!r} shown={focused['shown']}")
        return focused

    def assert_focus_was_always_visible(self) -> None:
        assert not self.unseen, "focus not visible on:\n" + "\n".join(self.unseen)


# The theme's own words for its skip link (material/templates/partials/languages/).
SKIP_LINK = {"en": "Skip to content", "es": "Saltar a contenido"}


def skip_link_problems(page: Page, where: str, language: str) -> list[str]:
    """The first Tab stop must be the skip link, and Enter on it must lead into the content.

    Presses Tab, Enter and Tab on the page as loaded; every stop must show focus.
    """
    keyboard = Keyboard(page)
    first = keyboard.press("Tab")
    if first is None or "md-skip" not in first["className"] or first["text"] != SKIP_LINK[language]:
        return [f"{where}: the first Tab stop is {first and describe(first)}, not the skip link"]
    problems: list[str] = []
    keyboard.press("Enter")
    after = keyboard.press("Tab")
    if after is None or not after["inContent"]:
        problems.append(f"{where}: after the skip link, Tab went to {after and describe(after)}, outside the content")
    return problems + [f"{where}: {entry}" for entry in keyboard.unseen]
