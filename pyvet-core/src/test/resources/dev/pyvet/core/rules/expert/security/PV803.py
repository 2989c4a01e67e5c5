import yaml
import yaml as y
from yaml import load, Loader, SafeLoader

a = yaml.load(stream)
b = y.load_all(stream)
c = yaml.load(stream, Loader=yaml.Loader)
d = load(stream, Loader)
e = yaml.load(stream, Loader=yaml.FullLoader)

# non-hits
f = yaml.load(stream, Loader=yaml.SafeLoader)
g = load(stream, SafeLoader)
h = yaml.load(stream, Loader=yaml.CSafeLoader)
i = yaml.safe_load(stream)
j = yaml.load(stream, Loader=chosen_loader)
k = yaml.load(stream, **options)
l = json.load(stream)


def shadowed(yaml):
    return yaml.load(stream)
