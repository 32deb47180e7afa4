"""Publishing the built site: HTTP headers, precompressed files, and the servers."""
