# coding=utf8
π = 3.14159
τ = 2 * π
