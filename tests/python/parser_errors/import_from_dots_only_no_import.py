from .. 
