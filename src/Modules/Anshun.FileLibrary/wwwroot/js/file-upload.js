// Uploads the file form through the JSON API with XMLHttpRequest, so the browser reports progress.
(function () {
    'use strict';

    function problemText(xhr) {
        try {
            var problem = JSON.parse(xhr.responseText);
            return problem.detail || problem.title || ('上传失败（HTTP ' + xhr.status + '）。');
        } catch (e) {
            return '上传失败（HTTP ' + xhr.status + '），请稍后重试。';
        }
    }

    function setProgress(box, bar, percent) {
        box.classList.remove('d-none');
        box.setAttribute('aria-valuenow', String(percent));
        bar.style.width = percent + '%';
        bar.textContent = percent + '%';
    }

    document.querySelectorAll('form.js-file-upload').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var input = form.querySelector('input[type=file]');
            var status = form.querySelector('.js-upload-status');
            var box = form.querySelector('.progress');
            var bar = box.querySelector('.progress-bar');
            var button = form.querySelector('button[type=submit]');
            var max = Number(form.dataset.maxBytes);
            status.className = 'js-upload-status small mb-2';
            if (!input.files.length) {
                status.textContent = '请选择要上传的文件。';
                status.classList.add('text-danger');
                return;
            }
            for (var i = 0; i < input.files.length; i++) {
                if (input.files[i].size > max) {
                    status.textContent = '文件“' + input.files[i].name + '”超过 ' + form.dataset.maxText + ' 的上限。';
                    status.classList.add('text-danger');
                    return;
                }
            }

            var xhr = new XMLHttpRequest();
            xhr.open('POST', form.dataset.uploadUrl);
            xhr.setRequestHeader('X-CSRF-TOKEN', form.dataset.csrf);
            xhr.setRequestHeader('Accept', 'application/json');
            xhr.upload.addEventListener('progress', function (e) {
                if (e.lengthComputable) {
                    setProgress(box, bar, Math.round(e.loaded * 100 / e.total));
                }
            });
            xhr.addEventListener('load', function () {
                button.disabled = false;
                if (xhr.status >= 200 && xhr.status < 300) {
                    setProgress(box, bar, 100);
                    status.textContent = '上传完成，正在刷新页面……';
                    status.classList.add('text-success');
                    window.location.reload();
                } else {
                    status.textContent = problemText(xhr);
                    status.classList.add('text-danger');
                }
            });
            xhr.addEventListener('error', function () {
                button.disabled = false;
                status.textContent = '网络中断，上传未完成，请重试。';
                status.classList.add('text-danger');
            });
            button.disabled = true;
            status.textContent = '正在上传……';
            setProgress(box, bar, 0);
            xhr.send(new FormData(form));
        });
    });
})();
