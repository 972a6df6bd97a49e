// Keeps the 全文检索 page's node table current while a node rebuilds (or waits to), and says when all are done.
(function () {
    'use strict';

    var container = document.getElementById('search-nodes');
    var status = document.getElementById('search-nodes-status');
    if (!container || !status) {
        return;
    }

    var intervalMs = 2000;
    var wasBusy = false;

    function isBusy() {
        return container.querySelector('[data-busy="true"]') !== null;
    }

    function schedule() {
        if (isBusy()) {
            wasBusy = true;
            status.textContent = '正在重建索引，本页每 2 秒自动更新进度。';
            window.setTimeout(refresh, intervalMs);
        } else if (wasBusy) {
            status.textContent = '重建索引已完成，各节点状态正常。';
            // "已提交重建索引任务……本页会自动显示进度" is over: the line above replaces it.
            document.querySelectorAll('.flash-messages .alert-success').forEach(function (alert) {
                alert.remove();
            });
        }
    }

    function refresh() {
        fetch(container.dataset.refreshUrl, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
            .then(function (response) {
                // A session that timed out is sent to the login page: that page must not land inside the table.
                if (response.redirected || !response.ok) {
                    throw new Error(String(response.status));
                }
                return response.text();
            })
            .then(function (html) {
                container.innerHTML = html;
                schedule();
            })
            .catch(function () {
                status.textContent = '暂时无法获取最新的索引状态（可能已退出登录），请刷新页面。';
            });
    }

    schedule();
})();
