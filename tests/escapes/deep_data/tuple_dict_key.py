# kind 8: deep data across the boundary: x = {d: 1}
d = ()
for i in range(15000):
    d = ((((((((((((((((((((d,),),),),),),),),),),),),),),),),),),),)
x = {d: 1}
