# alias, listing with bash's quoting, unalias, expansion of the first word
alias
alias k=kubectl
alias ll='ls -l' la="ls -A"
alias quote="echo it's"
alias
alias k
alias nope
alias 'bad name=x'
k get pods # virtual: kubectl is simulated
type k ll # virtual: kubectl is simulated
alias e=echo
e hello; e again && e third
echo e not-expanded
alias e2='echo two words'
e2 here
alias rec='rec'
rec 2>&1 | head -1
alias ls='ls -A'
touch .dot visible
ls
\ls
'ls'
unalias ls
ls
unalias nope
unalias
alias x='echo x;' && x echo chained
unalias -a
alias
