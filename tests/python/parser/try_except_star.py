try:
    pass
except* ValueError:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError) as eg:
    pass
except *OSError:
    pass
except  *  IndexError as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* mod.Group:
    pass
finally:
    pass
try:
    try:
        pass
    except* A:
        pass
except B:
    pass
