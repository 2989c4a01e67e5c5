# N812: lowercase names imported as non-lowercase
import os as OS
from m import lower as Lower
import os.path as osPath
from m import a1 as A1
from m import x_y as X_Y

# non-hits
import os.path as osp
from m import lower as other
from m import lower
import lower
