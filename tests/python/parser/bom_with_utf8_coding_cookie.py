# -*- coding: utf-8 -*-
été = 'été'
x = (été, 1)
