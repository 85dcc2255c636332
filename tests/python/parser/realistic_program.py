#!/usr/bin/env python3
"""A small but realistic module mixing most statement kinds."""
from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")
type Matrix[N: (int, float)] = list[list[N]]

__all__ = ["Stack", "parse", "main"]


@dataclasses.dataclass(frozen=True, slots=True)
class Token:
    kind: str
    text: str
    line: int = 0

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r}, line={self.line})"


class Stack(Generic[T]):
    """A LIFO stack."""

    def __init__(self, *items: T) -> None:
        self._items: list[T] = [*items]

    def push(self, item: T, /) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack") from None
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        yield from reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


def tokenize(source: str) -> Iterator[Token]:
    for number, line in enumerate(source.splitlines(), start=1):
        for word in line.split():
            match word:
                case "(" | ")":
                    yield Token("paren", word, number)
                case str() if word.isdigit():
                    yield Token("number", word, number)
                case _:
                    yield Token("name", word, number)


def parse(source: str) -> list[object]:
    stack: Stack[list[object]] = Stack([])
    for token in tokenize(source):
        if token.kind == "paren" and token.text == "(":
            stack.push([])
        elif token.kind == "paren":
            done = stack.pop()
            stack.pop().append(done) if len(stack) else None
        else:
            value = int(token.text) if token.kind == "number" else token.text
            (top := stack.pop()).append(value)
            stack.push(top)
    return stack.pop()


async def fetch_all(urls, *, limit=10, **options):
    results = {}
    async with Session(**options) as session:
        async for response in session.get_many(urls[:limit]):
            try:
                results[response.url] = await response.text()
            except* (TimeoutError, ConnectionError) as group:
                print(f"{len(group.exceptions)=}", file=sys.stderr)
    return results


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    while argv and (arg := argv.pop(0)):
        print(parse(arg))
    else:
        return 0


if __name__ == "__main__":
    sys.exit(main())
