import pickle
import pickle as pk
import marshal
from pickle import loads


def handle(request, sock, path):
    a = pickle.loads(request.body)
    data = sock.recv(4096)
    b = pk.loads(data)
    c = loads(request.get_data())
    payload = fetch()
    d = marshal.loads(payload)
    e = pickle.load(sys.stdin.buffer)
    # non-hits: the program's own files and caches
    with open(path, "rb") as f:
        g = pickle.load(f)
    h = pickle.loads(cache.get(path))
    i = pickle.loads(b"\x80\x04N.")
    j = json.loads(request.body)
    return a, b, c, d, e, g, h, i, j


def shadowed(pickle, request):
    return pickle.loads(request.body)


def round_trip(message, request):
    copy = pickle.loads(pickle.dumps(request, 4))
    blob = pickle.dumps(message)
    return copy, pickle.loads(blob)
