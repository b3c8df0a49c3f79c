# Port of examples/bench/method_call.ml: method calls through a subclass that
# calls its superclass's methods.
import time


class Toggle:
    def __init__(self, start_state):
        self.state = start_state

    def value(self):
        return self.state

    def activate(self):
        self.state = not self.state
        return self


class NthToggle(Toggle):
    def __init__(self, start_state, max_counter):
        super().__init__(start_state)
        self.count_max = max_counter
        self.count = 0

    def activate(self):
        self.count += 1
        if self.count >= self.count_max:
            super().activate()
            self.count = 0
        return self


def run(toggle, n):
    val = True
    for _ in range(n):
        val = toggle.activate().value()
        val = toggle.activate().value()
        val = toggle.activate().value()
        val = toggle.activate().value()
        val = toggle.activate().value()
        val = toggle.activate().value()
        val = toggle.activate().value()
        val = toggle.activate().value()
        val = toggle.activate().value()
        val = toggle.activate().value()
    return val


began = time.perf_counter()
n = 100000
toggle = Toggle(True)
run(toggle, n)
print("true" if toggle.value() else "false")
ntoggle = NthToggle(True, 3)
run(ntoggle, n)
print("true" if ntoggle.value() else "false")
print(time.perf_counter() - began)
