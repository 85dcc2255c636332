# -*- coding: utf-8 -*-
x = 'été' 1
