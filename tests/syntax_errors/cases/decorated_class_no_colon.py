@dec
class A pass
