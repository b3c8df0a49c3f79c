read_file("no/such/dir/file.txt"); // expect runtime error: read_file: cannot read "no/such/dir/file.txt": No such file or directory
