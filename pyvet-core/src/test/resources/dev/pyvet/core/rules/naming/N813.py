# N813: CamelCase imported as lowercase
from m import CamelCase as camelcase
from m import CamelCase as camel_case
import Module as module
from m import mixedCase as mixed

# non-hits
from m import CamelCase as Camel
from m import CamelCase as CamelCase
from m import CamelCase
