# Syntax errors keep bash's messages and status 2
| echo
echo $?
echo a | | b
echo >
echo a && && b
echo a ;; echo b
echo )
echo (
cat <
if true; then fi
for 1x in a; do echo; done
done
then echo
fi
echo ok
echo "unterminated
