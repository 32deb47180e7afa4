"""The pages stage: the MkDocs hooks and everything generated into pages.

The form, the body figure, the diary's controls, the rule and threshold
tables, the References page and glossary, citations, the download links, and
the student side (``study``: the quiz, the Anki deck and the PDF handbook).
Uses ``site_build.runtime`` (the hooks write the runtime into the site), never
``site_build.publish``.
"""
