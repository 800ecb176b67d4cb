# The duplicate is the keyword-only parameter met again as **kwargs.
def configure(*, options, **options):
    return options
