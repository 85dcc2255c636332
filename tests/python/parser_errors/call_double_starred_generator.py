f(**k for k in x)
