perm = 0o758
