import profile  # hit
import os, profile as pyprof  # hit
from profile import Profile  # hit
import cProfile
from cProfile import Profile as CProfile
from .profile import settings  # a module of this package
from myapp import profile as user_profile
