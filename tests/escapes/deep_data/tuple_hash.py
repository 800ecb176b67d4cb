# kind 8: deep data across the boundary: hash(d)
d = ()
for i in range(15000):
    d = ((((((((((((((((((((d,),),),),),),),),),),),),),),),),),),),)
hash(d)
