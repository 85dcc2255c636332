raise from exc
