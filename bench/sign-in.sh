# Sourced by the bench scripts: the first administrator's first sign-in through Styr's own forms,
# with curl and a cookie jar, as a browser does it.
#
#   once=$(one_time_password LOG...)          the password the first start printed (empty if none)
#   change_password JAR BASE ONCE NEW        admin's one-time password changed to NEW
#   sign_in_admin JAR BASE PASSWORD          a new session in JAR (emptied first); status 1 if refused

# form_token JAR URL: the _csrf field of the form at URL, its session kept in JAR.
form_token() {
  curl -s --max-time 30 -c "$1" -b "$1" "$2" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1
}

one_time_password() {
  cat "$@" 2>/dev/null | sed -n 's/.*one-time password: *\([^ ]*\).*/\1/p' | tail -1
}

change_password() {
  local token
  token=$(form_token "$1" "$2/konto/losenord")
  curl -s -o /dev/null --max-time 30 -c "$1" -b "$1" --data-urlencode username=admin \
    --data-urlencode "current=$3" --data-urlencode "password=$4" --data-urlencode "repeat=$4" \
    --data-urlencode "_csrf=$token" "$2/konto/losenord"
}

sign_in_admin() {
  local token
  rm -f "$1"
  token=$(form_token "$1" "$2/login")
  [[ $(curl -s -o /dev/null --max-time 30 -w '%{redirect_url}' -c "$1" -b "$1" --data-urlencode username=admin \
    --data-urlencode "password=$3" --data-urlencode "_csrf=$token" "$2/login") != *login* ]]
}
