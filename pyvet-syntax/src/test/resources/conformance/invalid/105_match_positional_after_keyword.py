match x:
    case A(a=1, 2):
        pass
