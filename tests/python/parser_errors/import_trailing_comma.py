import os, sys,
