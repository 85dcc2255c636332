type A[T: ] = int
