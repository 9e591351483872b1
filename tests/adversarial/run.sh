#!/usr/bin/env bash
# The adversarial suite (issue 9): every case of cases.txt runs `hague` with bad input and must
# exit with the expected code, print exactly one line on stderr that starts with the expected
# message key (HAGUE_MESSAGE_KEYS=1), echo no raw control character, and write nothing to stdout.
# Usage: tests/adversarial/run.sh BUILD/hague     (ctest adversarial.cli, label adversarial)
set -uo pipefail
hague=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
D=$(mktemp -d)
trap 'chmod -R u+rwx "$D" 2>/dev/null; rm -rf "$D"' EXIT
export HAGUE_DB="$D/h.db" HAGUE_MESSAGE_KEYS=1 LC_ALL=C.UTF-8 LANG= LC_MESSAGES=
"$hague" status >/dev/null || { echo "adversarial: cannot seed $HAGUE_DB" >&2; exit 1; }

# --- fixtures: one file per bad input a reader can meet ---------------------------------------
plan() { # name, then the TOML after the ally and title lines
    printf 'ally = "DEU"\ntitle = "t"\n%s\n' "$2" >"$D/$1.toml"
}
core() { printf '[[core]]\nyear = 2029\n%s\nsource = "s"\n' "$1"; }
plan nan "$(core 'share_gdp_pct = nan')"
plan inf "$(core 'share_gdp_pct = inf')"
plan neg "$(core 'share_gdp_pct = -1')"
plan over "$(core 'share_gdp_pct = 101')"
plan text_share "$(core 'share_gdp_pct = "3.5"')"
plan money_inf "$(core 'spending_nc_m = inf')"
plan money_huge "$(core 'spending_nc_m = 1e308')"
plan money_neg "$(core 'spending_nc_m = -1')"
plan gdp_tiny "$(core $'spending_nc_m = 5\ngdp_nc_m = 1e-300')"
plan gdp_zero "$(core $'spending_nc_m = 5\ngdp_nc_m = 0')"
plan both "$(core $'share_gdp_pct = 3\nspending_nc_m = 5')"
plan neither "$(core '')"
plan year_text "$(printf '[[core]]\nyear = "2029"\nshare_gdp_pct = 3\nsource = "s"\n')"
plan year_far "$(printf '[[core]]\nyear = 99999\nshare_gdp_pct = 3\nsource = "s"\n')"
# Found by fuzz/plan_fuzz.cpp: toml++ turned a float year into an integer with undefined behaviour.
plan year_float "$(printf '[[core]]\nyear = 20e25\nshare_gdp_pct = 3\nsource = "s"\n')"
plan year_twice "$(core 'share_gdp_pct = 3')
$(core 'share_gdp_pct = 3.2')"
plan no_source "$(printf '[[core]]\nyear = 2029\nshare_gdp_pct = 3\n')"
plan source_number "$(printf '[[core]]\nyear = 2029\nshare_gdp_pct = 3\nsource = 7\n')"
plan unknown_field "$(core $'share_gdp_pct = 3\nbudget = 1')"
plan no_core ''
printf 'ally = "DEU"\ntitle = 42\n%s\n' "$(core 'share_gdp_pct = 3')" >"$D/title_number.toml"
printf 'ally = "DEU"\ntitle = "t"\nedition = 2024\n%s\n' "$(core 'share_gdp_pct = 3')" >"$D/edition_number.toml"
printf 'ally = "DEU"\ntitle = "a\\u001b[31mred"\n%s\n' "$(core 'share_gdp_pct = 3')" >"$D/title_escape.toml"
printf 'ally = "DEU"\ntitle = "t"\nedition = "1999-01"\n%s\n' "$(core 'share_gdp_pct = 3')" >"$D/edition_unknown.toml"
printf 'ally = "XYZ"\ntitle = "t"\n%s\n' "$(core 'share_gdp_pct = 3')" >"$D/ally_unknown.toml"
printf 'ally = "NATO"\ntitle = "t"\n%s\n' "$(core 'share_gdp_pct = 3')" >"$D/ally_aggregate.toml"
printf 'ally = "ALL"\ntitle = "t"\n%s\n' "$(core 'share_gdp_pct = 3')" >"$D/ally_all.toml"
plan share_2_53 "$(core 'share_gdp_pct = 9007199254740993')"
plan money_int64 "$(core 'spending_nc_m = 9223372036854775807')"
printf 'ally = 276\ntitle = "t"\n%s\n' "$(core 'share_gdp_pct = 3')" >"$D/ally_number.toml"
printf 'title = "t"\n%s\n' "$(core 'share_gdp_pct = 3')" >"$D/no_ally.toml"
printf 'ally = "DEU"\ntitle = "t"\n[[core]\n' >"$D/syntax.toml"
: >"$D/empty.toml"
head -c 70000 /dev/zero | tr '\0' '#' >"$D/big.toml"
printf '\xff\xfe\x00garbage' >"$D/binary.toml"
outlook() { printf 'iso3,year,real_growth_pct,inflation_pct\n%s\n' "$2" >"$D/$1.csv"; }
outlook o_nan 'DEU,2027,nan,2'
outlook o_inf 'DEU,2027,1,inf'
outlook o_huge 'DEU,2027,1e308,2'
outlook o_text 'DEU,2027,fast,2'
outlook o_xyz 'XYZ,2027,1,2'
outlook o_aggregate 'NATO,2027,1,2'
outlook o_year_far 'DEU,2050,1,2'
outlook o_year_past 'DEU,2020,1,2'
outlook o_year_text 'DEU,20x7,1,2'
outlook o_twice $'DEU,2027,1,2\nDEU,2027,2,2'
outlook o_short 'DEU,2027'
printf 'country,when\nDEU,2027\n' >"$D/o_header.csv"
printf 'iso3,year,real_growth,inflation_pct\nDEU,2027,50,2\n' >"$D/o_misspelt.csv"
printf 'iso3,year,real_growth_pct,real_growth_pct\nDEU,2027,1,2\n' >"$D/o_column_twice.csv"
: >"$D/o_empty.csv"
head -c 1100000 /dev/zero | tr '\0' 'x' >"$D/o_big.csv"
printf 'not a database, only text\n' >"$D/text.db"
head -c 5000 "$HAGUE_DB" >"$D/truncated.db"
mkdir "$D/dir" "$D/dir.svg" "$D/dir.toml"
mkdir -p "$D/locked" && chmod 000 "$D/locked"
long=$(printf 'x%.0s' $(seq 300))

# --- the cases ----------------------------------------------------------------------------------
failures=0
count=0
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in '' | '#'*) continue ;; esac
    want_exit=${line%% *}
    rest=${line#* }
    want_key=${rest%% *}
    words=${rest#* }
    # Root reads and writes anything: the cases about permissions run only for other users.
    if [[ "$words" == *'$D/locked'* && $(id -u) == 0 ]]; then continue; fi
    eval "set -- $words"
    count=$((count + 1))
    out=$(timeout 30 "$hague" "$@" </dev/null 2>"$D/err")
    code=$?
    err=$(cat "$D/err")
    lines=$(printf '%s' "$err" | grep -c '')
    problem=""
    if [ "$code" != "$want_exit" ]; then
        problem="exit $code, expected $want_exit"
    elif [[ "$err" != "hague: [$want_key] "* ]]; then
        problem="key, expected [$want_key]"
    elif [ "$lines" != 1 ]; then
        problem="$lines lines on stderr, expected 1"
    elif LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$D/err"; then
        problem="a raw control character on stderr"
    elif [ -n "$out" ]; then
        problem="output on stdout"
    fi
    if [ -n "$problem" ]; then
        failures=$((failures + 1))
        printf 'FAIL %s: %s\n  stderr: %s\n' "$words" "$problem" "$err"
    fi
done <"$here/cases.txt"
echo "adversarial: $count cases, $failures failed"
[ "$failures" = 0 ] && [ "$count" -gt 100 ]
