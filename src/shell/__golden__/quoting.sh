# Quoting: single, double, backslash, ANSI-C; echo and its flags
echo hello   world
echo 'single  $HOME "quoted"'
echo "double  $HOME 'quoted' \$HOME \"inner\" \\ \`tick\`"
echo a\ b\\c \$x \'q\'
echo "tab:\t" 'tab:\t' $'tab:\tend' $'nl:\nend'
echo ''"" "" x
echo -n no newline
echo
echo -e 'a\tb\nc\\d\x41\0101'
echo -E 'raw\tline'
echo -ne 'stop\c' after
echo -x -n-
echo "it's" 'say "hi"' "a'b"'"c"'
echo "multi
line" 'also
multi'
echo one\
two
echo # a comment
echo not#comment '#quoted' "#" x # trailing comment
echo $'\e[1mbold' | od -c | head -1 # virtual: no od
