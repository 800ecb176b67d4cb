# kind 8: deep data across the boundary: isinstance(1, t)
t = int
for i in range(15000):
    t = ((((((((((((((((((((t,),),),),),),),),),),),),),),),),),),),)
isinstance(1, t)
