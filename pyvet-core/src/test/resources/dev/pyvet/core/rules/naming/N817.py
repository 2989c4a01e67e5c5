# N817: CamelCase imported as its capital letters
from m import CamelCase as CC
import ElementTree as ET
from xml.etree import ElementTree as ET
from m import (
    HTTPServer as HTTPS,
)

# non-hits
from m import CamelCase as CAMEL
from m import CamelCase as C
from m import CamelCase as Cc
