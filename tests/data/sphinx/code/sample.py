import os


# start here
def hello(name):
    """Greets."""
    return f"hello {name}"
# end here


class Other:
    pass
