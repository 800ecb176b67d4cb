# kind 8: deep data across the boundary: {}[d]
d = ()
for i in range(15000):
    d = ((((((((((((((((((((d,),),),),),),),),),),),),),),),),),),),)
{}[d]
