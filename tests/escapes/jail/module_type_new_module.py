# kind jail: making a module object and importing through its attributes
import sys
M = type(sys)
m = M('os')
m.__dict__
m.system
