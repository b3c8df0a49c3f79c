class A {}
class B < A { m() { super; } } // expect compile error: unexpected `;`
