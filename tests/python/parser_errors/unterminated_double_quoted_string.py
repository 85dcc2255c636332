label = "abc + 1
