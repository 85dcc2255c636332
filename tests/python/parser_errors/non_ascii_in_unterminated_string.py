msg = 'Ça ne finit jamais
