#!/usr/bin/env bash
# 安顺 CMS 的测试命令（README 的第二条命令；.ci/run 调用的正是它）。
#
#   ./test.sh
#
# 1. 缺少测试所需的 Debian 软件包（postgresql、chromium、fonts-noto-cjk）时，以 root 运行则自动安装；
#    非 root 时说明缺什么，并跳过相应测试（明确打印，绝不悄悄跳过）。
# 2. 在空闲的回环端口上启动一个临时 PostgreSQL（退出、失败或中断时停止并删除）。
# 3. 构建一次，然后：第一轮在 SQLite 上运行全部测试（含浏览器测试）；
#    第二轮在 PostgreSQL 上再运行一遍全部数据库测试（不含浏览器测试）。
# 4. 最后一行打印汇总：Tests: N passed, N failed, N skipped；有失败或一个测试都没运行时返回非零。
#
# 环境变量：
#   ANSHUN_TEST_POSTGRES   已有 PostgreSQL 服务器的连接串（不含数据库名）；设置后不再启动临时服务器。
#   ANSHUN_TEST_SKIP_INSTALL=1  不安装任何软件包（缺少时照样跳过并说明）。
#   ANSHUN_CHROMIUM        Chromium 可执行文件路径（默认 /usr/bin/chromium）。
#   ANSHUN_TEST_CONFIGURATION   构建配置（默认 Debug）。
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD
CONFIGURATION=${ANSHUN_TEST_CONFIGURATION:-Debug}
RESULTS=$ROOT/TestResults
CHROMIUM=${ANSHUN_CHROMIUM:-/usr/bin/chromium}
START_SECONDS=$SECONDS

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '==> %s\n' "$*"; }
warn() { printf '!!! %s\n' "$*" >&2; }

IS_ROOT=0
[[ $(id -u) -eq 0 ]] && IS_ROOT=1

# ---------------------------------------------------------------- 依赖软件包
pg_bin_dir() {
  local dir
  dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [[ -n $dir && -x $dir/initdb && -x $dir/pg_ctl ]]; then
    echo "$dir"
  fi
}

has_cjk_font() {
  command -v fc-list >/dev/null 2>&1 && [[ -n $(fc-list :lang=zh 2>/dev/null | head -n 1) ]]
}

missing=()
if [[ -z ${ANSHUN_TEST_POSTGRES:-} && -z $(pg_bin_dir) ]]; then missing+=(postgresql); fi
if [[ ! -x $CHROMIUM ]]; then missing+=(chromium); fi
if ! has_cjk_font; then missing+=(fonts-noto-cjk); fi

if ((${#missing[@]} > 0)); then
  if [[ $IS_ROOT -eq 1 && ${ANSHUN_TEST_SKIP_INSTALL:-0} != 1 ]]; then
    say "安装测试所需的软件包：${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || { sleep 5; apt-get update -qq; }
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    warn "缺少软件包：${missing[*]}（非 root 用户，或设置了 ANSHUN_TEST_SKIP_INSTALL=1，不自动安装）。"
    warn "请以 root 运行本命令，或手动执行：sudo apt-get install ${missing[*]}"
  fi
fi

# ---------------------------------------------------------------- 临时 PostgreSQL
PG_ROOT=""
PG_BIN=""
PG_CONNECTION=${ANSHUN_TEST_POSTGRES:-}
PG_SKIP_REASON=""

as_pg_owner() {
  # initdb 拒绝以 root 运行：root 时以 postgres 系统用户运行，否则以当前用户运行。
  if [[ $IS_ROOT -eq 1 ]]; then
    (cd /tmp && runuser -u postgres -- "$@")
  else
    (cd /tmp && "$@")
  fi
}

stop_postgres() {
  if [[ -n $PG_ROOT && -d $PG_ROOT ]]; then
    if [[ -f $PG_ROOT/data/postmaster.pid ]]; then
      as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_ROOT"
    say "临时 PostgreSQL 已停止并删除。"
  fi
  PG_ROOT=""
}

# shellcheck disable=SC2317 # called by the EXIT trap
on_exit() {
  local status=$?
  stop_postgres
  exit "$status"
}
trap on_exit EXIT
trap 'warn "已中断。"; exit 130' INT
trap 'warn "已终止。"; exit 143' TERM

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_postgres() {
  PG_BIN=$(pg_bin_dir)
  if [[ -z $PG_BIN ]]; then
    PG_SKIP_REASON="未安装 PostgreSQL（/usr/lib/postgresql/*/bin）"
    return
  fi
  if [[ $IS_ROOT -eq 1 ]] && ! id postgres >/dev/null 2>&1; then
    PG_SKIP_REASON="系统中没有 postgres 用户"
    return
  fi

  PG_ROOT=$(mktemp -d /tmp/anshun-pg.XXXXXX)
  chmod 755 "$PG_ROOT"
  [[ $IS_ROOT -eq 1 ]] && chown postgres:postgres "$PG_ROOT"
  local user=postgres
  as_pg_owner "$PG_BIN/initdb" -D "$PG_ROOT/data" -U "$user" --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$PG_ROOT/initdb.log" 2>&1 || {
    cat "$PG_ROOT/initdb.log" >&2
    PG_SKIP_REASON="initdb 失败"
    return
  }
  # 只信任本机回环地址与本地套接字。
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$PG_ROOT/data/pg_hba.conf"
  [[ $IS_ROOT -eq 1 ]] && chown postgres:postgres "$PG_ROOT/data/pg_hba.conf"

  local attempt port
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    port_in_use "$port" && continue
    if as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -l "$PG_ROOT/server.log" -w -t 60 \
      -o "-p $port -k $PG_ROOT -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null; then
      PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=$user"
      say "临时 PostgreSQL（$("$PG_BIN/postgres" --version | awk '{print $3}')）已在 127.0.0.1:$port 启动，数据目录 $PG_ROOT/data。"
      return
    fi
    warn "PostgreSQL 未能在端口 $port 启动（第 $attempt 次），换一个端口重试。"
    tail -n 5 "$PG_ROOT/server.log" >&2 || true
  done
  PG_SKIP_REASON="PostgreSQL 启动失败（见上方日志）"
}

if [[ -n $PG_CONNECTION ]]; then
  say "使用 ANSHUN_TEST_POSTGRES 指定的 PostgreSQL 服务器。"
else
  start_postgres
fi
if [[ -z $PG_CONNECTION ]]; then
  warn "跳过 PostgreSQL 上的测试：$PG_SKIP_REASON。"
fi
if [[ ! -x $CHROMIUM ]]; then
  warn "跳过浏览器测试：找不到 Chromium（$CHROMIUM）。浏览器测试会在结果中显示为已跳过。"
fi

# ---------------------------------------------------------------- 构建
say "构建 AnshunCms.sln（$CONFIGURATION）……"
build_started=$SECONDS
dotnet build AnshunCms.sln -c "$CONFIGURATION" -nologo -clp:"ErrorsOnly;Summary" -v:quiet
say "构建完成，用时 $((SECONDS - build_started)) 秒。"

# ---------------------------------------------------------------- 测试
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
total_passed=0
total_failed=0
total_skipped=0
any_run_failed=0

# 运行一轮测试；$1 = 名称，$2 = 解决方案或解决方案筛选文件，其余是环境变量赋值。
run_pass() {
  local name=$1 target=$2
  shift 2
  local log=$RESULTS/$name.log rc=0 started=$SECONDS
  say "第 $name 轮测试开始……"
  env "$@" dotnet test "$target" --no-build -c "$CONFIGURATION" -nologo \
    --results-directory "$RESULTS/$name" --logger "trx" \
    --blame-hang-timeout 10m --blame-hang-dump-type none 2>&1 | tee "$log" || rc=$?

  # dotnet test 为每个测试程序集打印一行：Passed!  - Failed: 0, Passed: 12, Skipped: 1, Total: 13, ... - X.dll (net10.0)
  local passed failed skipped summaries
  summaries=$(grep -E '^\s*(Passed|Failed)!\s+-\s+Failed:' "$log" || true)
  passed=$(sed -nE 's/.*Passed:\s*([0-9]+).*/\1/p' <<<"$summaries" | awk '{s+=$1} END {print s+0}')
  failed=$(sed -nE 's/.*Failed:\s*([0-9]+),.*/\1/p' <<<"$summaries" | awk '{s+=$1} END {print s+0}')
  skipped=$(sed -nE 's/.*Skipped:\s*([0-9]+).*/\1/p' <<<"$summaries" | awk '{s+=$1} END {print s+0}')
  if [[ $rc -ne 0 && $failed -eq 0 ]]; then
    # 测试宿主崩溃或超时中止：没有失败计数，但这一轮不算通过。
    warn "第 $name 轮：dotnet test 以 $rc 退出，但没有报告失败的测试（测试进程可能崩溃或超时）。"
    failed=1
  fi
  [[ $rc -ne 0 ]] && any_run_failed=1
  PASS_SUMMARIES+=("$name: $passed passed, $failed failed, $skipped skipped（用时 $((SECONDS - started)) 秒）")
  while IFS= read -r line; do
    [[ -n $line ]] && PASS_SUMMARIES+=("    ${line#"${line%%[![:space:]]*}"}")
  done <<<"$summaries"
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
}

PASS_SUMMARIES=()
run_pass sqlite AnshunCms.sln ANSHUN_TEST_DATABASE=Sqlite ANSHUN_CHROMIUM="$CHROMIUM"

if [[ -n $PG_CONNECTION ]]; then
  # 第二轮只跑数据库相关的测试程序集：浏览器测试与提供程序无关，已在第一轮运行过。
  FILTER=$RESULTS/postgresql.slnf
  {
    printf '{\n  "solution": {\n    "path": "%s",\n    "projects": [\n' "$ROOT/AnshunCms.sln"
    find tests -mindepth 2 -maxdepth 2 -name '*.Tests.csproj' ! -name 'Anshun.Browser.Tests.csproj' | sort |
      sed 's/.*/      "&"/' | paste -sd ',' | sed 's/,/,\n/g'
    printf '    ]\n  }\n}\n'
  } >"$FILTER"
  run_pass postgresql "$FILTER" ANSHUN_TEST_DATABASE=PostgreSql ANSHUN_TEST_POSTGRES="$PG_CONNECTION"
else
  PASS_SUMMARIES+=("postgresql: 已跳过（$PG_SKIP_REASON）")
fi

stop_postgres

echo
say "测试结果（TRX 与截图在 $RESULTS）："
for line in "${PASS_SUMMARIES[@]}"; do
  echo "    $line"
done
say "用时 $((SECONDS - START_SECONDS)) 秒。"

status=0
if ((total_failed > 0 || any_run_failed)); then
  status=1
elif ((total_passed == 0)); then
  warn "一个测试都没有运行。"
  status=1
fi
echo "Tests: $total_passed passed, $total_failed failed, $total_skipped skipped"
exit $status
