# kind 8: deep data across the boundary: issubclass(bool, t)
t = int
for i in range(15000):
    t = ((((((((((((((((((((t,),),),),),),),),),),),),),),),),),),),)
issubclass(bool, t)
