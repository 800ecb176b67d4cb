# kind 8: deep data across the boundary: x = {d}
d = ()
for i in range(15000):
    d = ((((((((((((((((((((d,),),),),),),),),),),),),),),),),),),),)
x = {d}
