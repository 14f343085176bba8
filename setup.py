"""Builds the optional C Viterbi next to people/extraction/fastpos.py (`make venv` runs it):

    python setup.py build_ext --inplace

IEEE double arithmetic as in Python, so the result is bit-for-bit the pure-Python one: no
-ffast-math, no fused or reassociated operations. Without it, fastpos uses its Python Viterbi."""

from setuptools import Extension, setup

setup(
    name="jzarchive-viterbi",
    packages=[],  # the Django project is not packaged: only the extension is built
    ext_modules=[
        Extension(
            "people.extraction._viterbi",
            ["people/extraction/_viterbi.c"],
            extra_compile_args=["-O2", "-fno-fast-math", "-ffp-contract=off", "-std=c99"],
        )
    ],
)
