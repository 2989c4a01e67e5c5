# N814: CamelCase imported as a constant
from m import CamelCase as CAMEL
from m import CamelCase as CAMEL_CASE
from m import _ as X
from m import mixedCase as MC

# non-hits
from m import CamelCase as CC
from m import CamelCase as Camel
from m import CamelCase as camel
