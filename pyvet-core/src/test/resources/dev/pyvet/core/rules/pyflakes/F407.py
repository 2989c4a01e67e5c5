# Hits
from __future__ import braces
from __future__ import division, not_a_feature
from __future__ import annotations as ann, nope

# Non-hits
from __future__ import generator_stop, barry_as_FLUFL
