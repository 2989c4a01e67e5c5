import os
import sys
from json import loads

# Hits
for os in range(3):
    pass


def f():
    for sys in []:
        pass


async def g():
    async for loads in aiter([]):
        pass

# Non-hits
import re

for item in re.findall("a", "b"):
    pass

x = [re for re in range(3)]  # a comprehension has its own scope

import glob
if glob:
    pass
