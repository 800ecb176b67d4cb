class A:
    pass


A().run()
