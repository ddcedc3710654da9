# Here-documents: expanding, literal, tab-stripped, into files and pipes
name=web
cat <<EOF
Hello $name
Path: $HOME
Sum: $((2 + 3)) Cmd: $(echo sub)
Escaped: \$name and \\ backslash
EOF
cat <<'EOF'
Literal $name $(echo no) \$
EOF
cat <<"EOF"
Also literal $name
EOF
cat <<-EOF
	tab-stripped $name
		two tabs
	EOF
cat <<EOF > pod.yaml
apiVersion: v1
kind: Pod
metadata:
  name: $name
spec:
  containers:
  - name: nginx
    image: nginx:1.27
EOF
cat pod.yaml
cat <<EOF | grep -c line
line one
line two
other
EOF
cat <<END >> pod.yaml
# appended
END
tail -2 pod.yaml
wc -l <<EOF
a
b
EOF
cat <<EOF; echo after
inside
EOF
cat <<A <<B
first
A
second
B
cat <<EOF
EOF
echo trailing
cat << 'QUOTED' | sed 's/^/> /'
$HOME stays
QUOTED
cat <<EOF
unterminated $name
