try:
    pass
except:
    pass
try:
    pass
finally:
    pass
try:
    x = 1
except ValueError:
    pass
except (TypeError, KeyError):
    pass
except OSError as err:
    pass
except (IndexError, AttributeError) as err:
    pass
except Exception:
    raise
except:
    pass
else:
    y = 2
finally:
    z = 3
try:
    pass
except E if cond else F:
    pass
except get_exceptions()[0] as e:
    pass
except mod.Error as e:
    pass
try: pass
except: pass
else: pass
finally: pass
try:
    try:
        pass
    except E:
        raise
    finally:
        pass
except E:
    pass
try:
    pass
except (
    A,
    B,
) as e:
    pass
def f():
    try:
        return 1
    finally:
        return 2
