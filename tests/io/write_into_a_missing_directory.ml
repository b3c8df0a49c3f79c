write_file("no/such/dir/out.txt", "x"); // expect runtime error: write_file: cannot write "no/such/dir/out.txt": No such file or directory
