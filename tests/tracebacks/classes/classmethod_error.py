class Config:
    @classmethod
    def from_text(cls, text):
        key, value = text.split("=")
        return cls()


Config.from_text("a=b=c")
