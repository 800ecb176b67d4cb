# kind 8: deep data across the boundary: await aecho(d)
d = ()
for i in range(15000):
    d = ((((((((((((((((((((d,),),),),),),),),),),),),),),),),),),),)
await aecho(d)
