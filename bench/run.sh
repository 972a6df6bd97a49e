#!/usr/bin/env bash
# 安顺 CMS 门户性能测试（docs/benchmarks.md 中的数字由本脚本得出）。
#
#   bench/run.sh [条数，默认 100000]
#
# 1. Release 构建站点与测试工具（bench/Anshun.Bench）。
# 2. 以演示配方新建站点（SQLite），经内容管理服务写入 N 条已发布内容（首次运行耗时较长；数据目录保留复用）。
# 3. 启动 Release 站点；以普通工作人员 staff 登录，测量首页与 GET /api/content?pageSize=20；
#    同一轮中启动最小 ASP.NET Core 对照站点，测量同样大小的静态页面与序列化 20 条的接口。
# 4. 打印 Markdown 表格（每秒请求数、p50、p99 毫秒）与比值。
#
# 环境变量：ANSHUN_BENCH_DIR（数据与日志目录，默认 /tmp/anshun-bench）、CONNECTIONS（默认 64）、SECONDS_PER_RUN（默认 20）、
# WARMUP_SECONDS（每项测量前的预热，默认 10 秒：让即时编译完成分层优化）。
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
ITEMS=${1:-100000}
WORK=${ANSHUN_BENCH_DIR:-/tmp/anshun-bench}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${SECONDS_PER_RUN:-20}
WARMUP=${WARMUP_SECONDS:-10}
SITE_PORT=5080
BARE_PORT=5099
DATA=$WORK/data-$ITEMS
DEMO_PASSWORD='Demo#2026anshun'
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mkdir -p "$WORK"
echo "==> Release 构建"
dotnet build -c Release -nologo -v:quiet -clp:ErrorsOnly bench/Anshun.Bench/Anshun.Bench.csproj
BENCH="dotnet $ROOT/bench/Anshun.Bench/bin/Release/net10.0/Anshun.Bench.dll"
SITE_DLL=$ROOT/src/AnshunSite/bin/Release/net10.0/AnshunSite.dll

if [[ ! -f $DATA/.seeded ]]; then
  echo "==> 写入 $ITEMS 条内容到 $DATA"
  rm -rf "$DATA"
  (cd "$ROOT/bench/Anshun.Bench/bin/Release/net10.0" && $BENCH seed --data "$DATA" --items "$ITEMS" --demo-password "$DEMO_PASSWORD")
  touch "$DATA/.seeded"
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

echo "==> 启动站点 http://127.0.0.1:$SITE_PORT"
(cd "$(dirname "$SITE_DLL")" && Anshun__AppData="$DATA" ASPNETCORE_URLS="http://127.0.0.1:$SITE_PORT" \
  Logging__LogLevel__Default=Warning exec dotnet "$SITE_DLL") >"$WORK/site.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$SITE_PORT/health" >/dev/null && break; sleep 1; done

# 站点启动后可能仍在后台工作（如全文检索模块首次为全部内容建立索引）；等它空闲（5 秒内 CPU 占用低于 5%）再测量，
# 否则测到的是“首页 + 建索引”。最多等 60 分钟，每 30 秒报告一次。
SITE_PID=${pids[-1]}
cpu_ticks() { awk '{print $14+$15}' "/proc/$SITE_PID/stat"; }
TICKS_PER_SECOND=$(getconf CLK_TCK)
waited=0
while :; do
  before=$(cpu_ticks); sleep 5; after=$(cpu_ticks); waited=$((waited + 5))
  busy=$(( (after - before) * 100 / (5 * TICKS_PER_SECOND) ))
  [[ $busy -lt 5 ]] && break
  (( waited % 30 == 0 )) && echo "    站点仍在后台工作（CPU ${busy}%），已等待 ${waited} 秒……"
  if (( waited >= 3600 )); then echo "站点 60 分钟内未空闲，放弃测量。" >&2; exit 1; fi
done
echo "==> 站点空闲（等待 ${waited} 秒）"

# 首页大小（登录后）决定对照页面的大小。
JAR=$WORK/cookies.txt
curl -fs -c "$JAR" -H 'Content-Type: application/json' \
  -d "{\"userName\":\"staff\",\"password\":\"$DEMO_PASSWORD\"}" "http://127.0.0.1:$SITE_PORT/api/auth/login" >/dev/null
HOME_BYTES=$(curl -fs -b "$JAR" "http://127.0.0.1:$SITE_PORT/" | wc -c)
echo "==> 首页 $HOME_BYTES 字节；启动对照站点 http://127.0.0.1:$BARE_PORT"
$BENCH bare --port "$BARE_PORT" --page-bytes "$HOME_BYTES" >"$WORK/bare.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$BARE_PORT/page" >/dev/null && break; sleep 1; done

run() { $BENCH load --connections "$CONNECTIONS" --seconds "$DURATION" --warmup "$WARMUP" "$@" | grep '^RESULT' | tee -a "$WORK/results.txt"; }
: >"$WORK/results.txt"
run --label "首页（staff 登录）" --url "http://127.0.0.1:$SITE_PORT/" --login "staff:$DEMO_PASSWORD"
run --label "对照：同样大小的静态页面" --url "http://127.0.0.1:$BARE_PORT/page"
run --label "GET /api/content?pageSize=20（staff）" --url "http://127.0.0.1:$SITE_PORT/api/content?pageSize=20" --login "staff:$DEMO_PASSWORD"
run --label "对照：序列化 20 条的接口" --url "http://127.0.0.1:$BARE_PORT/items"

echo
echo "| 测量对象 | 并发连接 | 每秒请求数 | p50 (ms) | p99 (ms) | 响应字节 | 错误 |"
echo "|---|---|---|---|---|---|---|"
sed -e 's/^RESULT //' -e 's/$/ |/' "$WORK/results.txt"
awk -F'|' '{gsub(/ /,"",$4); r[NR]=$4} END {printf "\n首页 / 对照页面 = %.1f%%；接口列表 / 对照接口 = %.1f%%\n", 100*r[1]/r[2], 100*r[3]/r[4]}' "$WORK/results.txt"
