type Alias = 
