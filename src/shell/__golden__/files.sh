# cd, pwd, mkdir, rm, cp, mv, touch, chmod and their errors
pwd
mkdir a
mkdir a
mkdir -p a/b/c && ls a/b
mkdir x/y
mkdir
mkdir -v made
cd a/b; pwd
cd ..; pwd
cd -
cd
pwd
cd nope
cd a/b/c/../..; pwd; cd
touch file; cd file
cd a b
echo content > src.txt
cp src.txt dst.txt && cat dst.txt
cp src.txt a && ls a
cp src.txt src.txt
cp a copy
cp -r a copy && ls copy
cp nope x
cp
cp src.txt
cp src.txt dst.txt nodir
cp -r a a/b
mv dst.txt moved.txt && ls
mv nope x
mv moved.txt a/ && ls a
mv a a/b
mv src.txt src.txt
rm nope
rm -f nope; echo $?
rm a
rm -r a copy && ls
rm
rm -rf .
touch t1 t2 t3 && rm -v t1 t2
rm t3 t3
chmod 600 file; ls -l file # virtual: times are the simulated clock
chmod +x nope
chmod 999 file
touch new/inner
rmdir; mkdir -p r1/r2; rmdir r1; rmdir -p r1/r2 && ls r1; rmdir nope
