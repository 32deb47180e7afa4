"""The publish stage: what turns built pages into a site a host can serve.

The offline copy's zip, the service worker, the web manifest and icons, the
HTTP header policy (``_headers`` and ``deploy/nginx.conf``), precompressed
files, and the loopback and nginx servers. May use ``site_build.pages`` and
``site_build.runtime``.
"""
