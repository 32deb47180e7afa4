"""The OIH Guide build: MkDocs hooks, templates, Pyodide vendoring and packaging."""
