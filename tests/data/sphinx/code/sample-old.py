import os


def hello(name):
    return "hello " + name
