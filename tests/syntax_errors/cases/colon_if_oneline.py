if x pass
