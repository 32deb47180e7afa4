"""The runtime stage: what the Python pages load.

The pinned Pyodide files, the boot zip (the precompiled stdlib and the
``assessment`` package), the wheel, and the classic scripts the offline copy
boots from. Uses no other stage.
"""
