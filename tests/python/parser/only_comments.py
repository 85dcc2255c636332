#!/usr/bin/env python3
# This file contains nothing but comments.

    # An indented comment does not start a block.
	# Neither does a tab-indented one.
#
# The last line is a comment without code.
