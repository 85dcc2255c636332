# ast.parse on bytes does not decode comments: résumé
x = 1  # ÿþ
