# Hits
import os
import sys, json
import os.path
import xml.dom as dom
from collections import OrderedDict
from collections import defaultdict as dd
from . import sibling
from .pkg import thing as other
from .. import *


def function_scope():
    import re
    from typing import List
    return 1


# Non-hits
import used_module
import conditional_a
from typing import TYPE_CHECKING
from __future__ import annotations  # F404 only, never unused

if TYPE_CHECKING:
    from typing import Mapping

try:
    import ujson as fast_json
except ImportError:
    fast_json = None

import exported
from pkg import also_exported
import in_annotation
import in_string_annotation
import submodule.child
import dotted.name as alias_used

__all__ = ["exported"] + ["also_exported"]

used_module.run()
submodule.child.go()
alias_used.x()


class Holder:
    import in_class_body  # class attributes are public


def uses(a: in_annotation.T) -> "in_string_annotation.U":
    return Mapping
