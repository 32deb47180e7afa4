"""The self-test page: its parser (also read by the Anki deck) and the quiz it becomes."""
