# kind 8: deep data across the boundary:     pass
t = ValueError
for i in range(15000):
    t = ((((((((((((((((((((t,),),),),),),),),),),),),),),),),),),),)
try:
    raise KeyError
except t:
    pass
