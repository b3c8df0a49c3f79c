print	1
;


   print   2 ;
// expect: 1
// expect: 2
