d = {a: b: c}
