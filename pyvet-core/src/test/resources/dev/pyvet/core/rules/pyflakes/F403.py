# Hits
from os.path import *
from .relative import *
from .. import *

# Non-hits
from os.path import join
import os.path as star
