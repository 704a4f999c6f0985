"""Packages: everything under qmpgui/, and resources/ shipped as qmpgui.resources.

pyproject.toml holds the rest; setuptools' find cannot add a package that lives
outside the package folder, so the list is made here."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["qmpgui", "qmpgui.*"]), "qmpgui.resources"])
