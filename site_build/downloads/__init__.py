"""The downloads stage: the Anki deck and the PDF handbook, made after the pages are built.

Runs after ``pages`` (the handbook prints the built student pages; the deck
reads the same Markdown and the self-test's parser) and before ``publish``,
which zips the offline copy with both inside. The pages link the files by
the paths in ``site_build.pages.downloads``, so no page build imports this
stage's heavy dependencies (genanki, pypdf).
"""
