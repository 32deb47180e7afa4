from __future__ import annotations

from site_build.pages.readability import grade, main_text

PAGE = """---
title: Test
---
# What is it?

Opioids can make pain worse [@chu2008]. See [the signs](warning-signs.md).

- Pain spreads
- New pain

| a table | with incomprehensibly multisyllabic vocabulary |
|---|---|

```python
print("code is not prose")
```

!!! danger "Get help now"
    Call 911.
"""


def test_main_text_keeps_prose_and_drops_the_rest() -> None:
    text = main_text(PAGE)
    assert text.splitlines() == [
        "What is it?",
        "Opioids can make pain worse . See the signs.",
        "Pain spreads.",
        "New pain.",
        "Get help now.",
        "Call 911.",
    ]


def test_grade_separates_plain_from_dense_text() -> None:
    plain = "Your pain can get worse. Talk to your doctor. Bring a diary."
    dense = (
        "Pharmacological characterisation of opioid-induced hyperalgesia necessitates "
        "comprehensive quantitative sensory testing methodologies incorporating "
        "standardised psychophysical paradigms."
    )
    assert grade(plain) < 4 < 12 < grade(dense)
