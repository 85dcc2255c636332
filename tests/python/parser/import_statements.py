"""Docstring before a future import is allowed."""
from __future__ import annotations
from __future__ import (generator_stop,
                        nested_scopes as ns)
import os
import os.path
import os.path as osp
import os, sys, json as j
import a.b.c.d.e as leaf
from os import path
from os import path as p, sep
from os import (path, sep)
from os import (path as p,
                sep as s,)
from os.path import *
from . import sibling
from .. import parent
from ... import grandparent
from .mod import name
from ..pkg.mod import name as alias
from .... import deep
from ....... import very_deep
from . mod import spaced
from .mod import (a, b, c)
import match, case, type, _
from match import case as type
