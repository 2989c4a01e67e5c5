# Sourced by the scripts here: sets PY313 to a working python3.13 (PATH first, then pyenv's
# versions), or leaves it empty. pyenv shims on PATH may exist without working, so each
# candidate is tried.
PY313=""
_py313_works() {
  [ -x "$1" ] && "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 13) else 1)' >/dev/null 2>&1
}
if _cand=$(command -v python3.13 2>/dev/null) && _py313_works "$_cand"; then
  PY313=$_cand
else
  for _cand in $(ls -d "$HOME"/.pyenv/versions/3.13*/bin/python3.13 2>/dev/null | sort -rV); do
    if _py313_works "$_cand"; then PY313=$_cand; break; fi
  done
fi
unset _cand
