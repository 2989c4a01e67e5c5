try:
    pass
except A as e.x:
    pass
