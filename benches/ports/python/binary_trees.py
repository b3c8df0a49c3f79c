# Port of examples/bench/binary_trees.ml: many short-lived binary trees beside
# one long-lived tree, depths 4 to 14; nodes are objects with fields, as in Lox.
import time


class Tree:
    __slots__ = ("item", "depth", "left", "right")

    def __init__(self, item, depth):
        self.item = item
        self.depth = depth
        if depth > 0:
            doubled = item + item
            depth -= 1
            self.left = Tree(doubled - 1, depth)
            self.right = Tree(doubled, depth)
        else:
            self.left = None
            self.right = None

    def check(self):
        if self.left is None:
            return self.item
        return self.item + self.left.check() - self.right.check()


def main():
    min_depth, max_depth = 4, 14
    stretch = max_depth + 1
    began = time.perf_counter()
    print("stretch tree of depth:")
    print(stretch)
    print("check:")
    print(Tree(0, stretch).check())
    long_lived = Tree(0, max_depth)
    iterations = 2 ** max_depth
    depth = min_depth
    while depth < stretch:
        check = 0
        for i in range(1, iterations + 1):
            check += Tree(i, depth).check() + Tree(-i, depth).check()
        print("num trees:")
        print(iterations * 2)
        print("depth:")
        print(depth)
        print("check:")
        print(check)
        iterations //= 4
        depth += 2
    print("long lived tree of depth:")
    print(max_depth)
    print("check:")
    print(long_lived.check())
    print("elapsed:")
    print(time.perf_counter() - began)


main()
