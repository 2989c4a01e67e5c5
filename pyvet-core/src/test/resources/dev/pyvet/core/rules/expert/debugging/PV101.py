import pdb
import ipdb as idb
from pdb import set_trace as st
from pudb import set_trace
import IPython


def hits(x):
    pdb.set_trace()  # hit
    import pdb; pdb.set_trace()  # hit
    breakpoint()  # hit
    st()  # hit
    idb.set_trace()  # hit
    set_trace()  # hit
    pdb.Pdb().set_trace()  # hit
    pdb.post_mortem()  # hit
    IPython.embed()  # hit
    if x > 3:
        breakpoint()  # hit: a condition on data, not a debugging switch


def non_hits(debug, tracer, options):
    if debug:
        pdb.set_trace()  # a deliberate switch
    if options.debug_on_error:
        pdb.post_mortem()
    tracer.set_trace()  # some other object's method
    pdb.Pdb()  # making a debugger does not stop in it
    pdb.run  # not called


def shadowed():
    def breakpoint():
        return None

    breakpoint()  # the local function, not the builtin
    pdb = object()
    pdb.set_trace()  # a local variable, not the module
