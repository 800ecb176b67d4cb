class Settings:
    nonlocal debug
