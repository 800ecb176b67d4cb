# kind 2/6: an AttributeError suggestion source whose __dir__ never returns
class O:
    def __dir__(self):
        while True:
            pass
o = O()
o.missing_attribute
