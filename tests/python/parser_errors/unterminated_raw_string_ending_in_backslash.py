pattern = r'\d+\'
