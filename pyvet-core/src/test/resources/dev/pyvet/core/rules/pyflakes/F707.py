# Hits: a bare except before other handlers.
try:
    pass
except:
    pass
except ValueError:
    pass
try:
    pass
except:
    pass
except:
    pass
except:
    pass
def f():
    try:
        pass
    except:
        pass
    except (TypeError, ValueError):
        pass
    else:
        pass
    finally:
        pass

# Non-hits.
try:
    pass
except ValueError:
    pass
except:
    pass
try:
    pass
except:
    pass
try:
    pass
except* ValueError:
    pass
except* TypeError:
    pass
