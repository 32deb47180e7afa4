"""The student side: the self-test's parser and quiz, the Anki deck, and the PDF handbook."""
