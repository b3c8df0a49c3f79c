var start = clock();
print sleep(0.01); // expect: nil
print clock() - start >= 0.01; // expect: true
sleep(0);
