#!/usr/bin/env bash
# 安顺 CMS 全文检索性能测试（issue #4；docs/benchmarks.md“全文检索”一节的数字由本脚本得出）。
#
#   bench/search.sh [条数，默认 200000] [查询次数，默认 500]
#
# 1. Release 构建测试工具（bench/Anshun.Bench，含站点）。
# 2. 以演示配方新建站点，把生成的 N 条政务语料（通知、新闻、讲话；地名、单位、文号、日期）作为一个检索数据来源，
#    经站点自己的“重建索引”写入本引擎（同样的映射、分词器与写入路径），报告条/秒与进程内存。
# 3. 以 staff（教育局工作人员，栏目阅读限制生效）预热后逐个执行固定的两词中文查询，报告 p50/p95/p99。
# 4. 同一轮中把同样的语料写入 SQLite FTS5（tokenize='trigram'），执行同样的查询（不足 3 个字的词用 LIKE）。
# 5. 两边都在评测集（tests/Anshun.Search.Tests/Corpus）上计算 recall@10 与 nDCG@10，打印 Markdown 表格。
#
# 环境变量：ANSHUN_SEARCH_BENCH_DIR（数据目录，默认 /tmp/sbench）、WARMUP_QUERIES（默认 1000：100 次时第一轮测量仍有一部分跑在未优化的代码上，见 docs/benchmarks.md 第六次运行）、
# ARTIFACTS（构建输出目录，默认 /tmp/art-search-bench）。
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
DOCUMENTS=${1:-200000}
QUERIES=${2:-500}
WORK=${ANSHUN_SEARCH_BENCH_DIR:-/tmp/sbench}
WARMUP=${WARMUP_QUERIES:-1000}
ARTIFACTS=${ARTIFACTS:-/tmp/art-search-bench}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mkdir -p "$WORK"
echo "==> Release 构建"
dotnet build -c Release -nologo -v:quiet -clp:ErrorsOnly --artifacts-path "$ARTIFACTS" bench/Anshun.Bench/Anshun.Bench.csproj
BIN=$ARTIFACTS/bin/Anshun.Bench/release

echo "==> 机器：$(nproc) 核，$(free -g | awk '/Mem:/ {print $2}') GB 内存；负载 $(cut -d' ' -f1-3 /proc/loadavg)"
# 站点在进程内运行，内容根目录从工作目录向上找到解决方案。
(cd "$BIN" && Logging__LogLevel__Default=Warning dotnet Anshun.Bench.dll search \
  --documents "$DOCUMENTS" --queries "$QUERIES" --warmup "$WARMUP" --work "$WORK" \
  --corpus "$ROOT/tests/Anshun.Search.Tests/Corpus") 2>&1 | tee "$WORK/search-$DOCUMENTS.log" | grep -v '^\(info\|warn\): \|^      '
echo "==> 负载 $(cut -d' ' -f1-3 /proc/loadavg)"
