import path, sep from os
