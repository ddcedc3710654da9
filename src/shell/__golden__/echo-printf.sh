# printf formats and its errors
printf 'plain\n'
printf '%s|%s\n' a b c d e
printf '%d %i %o %x %X %u\n' 42 -7 8 255 255 3
printf '%5s|%-5s|%.2s|%05d|%+d|% d\n' ab ab abcdef 42 5 5
printf '%f %.2f %e %g %g %g\n' 3.14159 2.5 12345.678 0.0001 1000000 123456789
printf '%c%c\n' hello world
printf '%b\n' 'tab\there' 'nl\\n'
printf '%q\n' 'a b' "it's" '' 'a*b' '$HOME' 'plain-word_1.2'
printf '%s\n'
printf 'no args %s %d|\n'
printf '%d\n' abc
echo $?
printf '%d\n' 3.7
printf '%d\n' 0x1F 010 "'A"
printf '%5.1f%%\n' 99.44
printf 'a\tb\\c\101\x42\n'
printf
echo $?
printf '%z\n' 1
printf -v var 'saved %s' value; echo "$var"
printf '%s' no-newline; echo
printf -- '--dash\n'
