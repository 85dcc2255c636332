type Alias[] = int
