#!/bin/sh
# Print the path of a Python >= 3.12 (Django 6 needs it), or fail with a clear message.
# PYTHON=/path/to/python overrides the search.
ok() { [ -n "$1" ] && "$1" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; }
if [ -n "${PYTHON:-}" ]; then
  ok "$PYTHON" && { echo "$PYTHON"; exit 0; }
  echo "PYTHON=$PYTHON is not a working Python >= 3.12" >&2; exit 1
fi
root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
for candidate in python3.14 python3.13 python3.12 python3 \
    $(ls -d "$root"/versions/3.1[2-9]*/bin/python 2>/dev/null | sort -rV); do
  path=$(command -v "$candidate" 2>/dev/null) || continue
  ok "$path" && { echo "$path"; exit 0; }
done
echo "No Python >= 3.12 found (Django 6 needs it). Install one, or run: make PYTHON=/path/to/python3.12 ..." >&2
exit 1
