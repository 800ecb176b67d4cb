def keep(cls):
    return cls


@keep
class Config:
    size = 10
    half = size / 0
