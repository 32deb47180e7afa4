"""What the tests share: answer sets, Hypothesis strategies and browser page helpers.

- answers.py: the answer sets (one realistic set per pattern, the browser's forms);
- strategies.py: Hypothesis strategies for answers;
- pages.py: the built pages, filling and submitting the self-check, storage probes;
- keyboard.py, layout.py, axe.py: the keyboard, phone/zoom and axe-core probes.

Only helpers live here; fixtures stay in the conftest.py files.
"""
