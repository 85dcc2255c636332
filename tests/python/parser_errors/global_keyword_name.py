global for
