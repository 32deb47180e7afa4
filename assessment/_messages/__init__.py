"""Compiled translations, one module per language (``es.py``: ``MESSAGES``, English -> Spanish).

Generated at build time from ``locales/<language>/LC_MESSAGES/messages.po`` by
``site_build.runtime.catalog``; not kept in git. See ``assessment._i18n``.
"""
