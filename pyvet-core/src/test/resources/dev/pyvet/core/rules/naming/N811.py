# N811: constants imported as non-constants
from m import CONST as const
from m import CONST as Const
from m import A_B as A_b
import OS as os
from m import (ONE as one,
               TWO as TWO)

# non-hits
from m import CONST as OTHER
from m import CONST as CONST2
from m import CONST
import CONST
