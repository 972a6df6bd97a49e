// 内容编辑表单: rich text (Quill) written back into the form's textarea, attachment uploads with
// progress, and the 发布/提交审核 button following the chosen section.
(function () {
  'use strict';

  var toolbarNames = {
    'ql-bold': '加粗', 'ql-italic': '倾斜', 'ql-underline': '下划线', 'ql-strike': '删除线',
    'ql-link': '插入链接', 'ql-clean': '清除格式', 'ql-blockquote': '引用', 'ql-indent': '缩进',
    'ql-list': '列表', 'ql-align': '对齐方式', 'ql-header': '标题级别'
  };

  function richText(textarea) {
    if (typeof window.Quill !== 'function') {
      return; // the textarea stays usable as plain HTML
    }
    var host = document.createElement('div');
    textarea.insertAdjacentElement('afterend', host);
    textarea.classList.add('d-none');
    if (textarea.classList.contains('is-invalid')) {
      host.classList.add('rich-invalid');
    }
    var quill = new window.Quill(host, {
      theme: 'snow',
      modules: {
        toolbar: [
          [{ header: [2, 3, 4, false] }],
          ['bold', 'italic', 'underline', 'strike'],
          [{ list: 'ordered' }, { list: 'bullet' }, { indent: '-1' }, { indent: '+1' }],
          [{ align: [] }],
          ['blockquote', 'link'],
          ['clean']
        ]
      }
    });
    if (textarea.value) {
      quill.clipboard.dangerouslyPasteHTML(textarea.value);
    }
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    quill.root.setAttribute('role', 'textbox');
    quill.root.setAttribute('aria-multiline', 'true');
    if (label) {
      label.id = label.id || textarea.id + '-label';
      quill.root.setAttribute('aria-labelledby', label.id);
      label.addEventListener('click', function () { quill.focus(); });
    }
    var described = textarea.getAttribute('aria-describedby');
    if (described) {
      quill.root.setAttribute('aria-describedby', described);
    }
    host.previousElementSibling.querySelectorAll('button, .ql-picker-label').forEach(function (button) {
      Object.keys(toolbarNames).forEach(function (cls) {
        var target = button.classList.contains('ql-picker-label') ? button.parentElement : button;
        if (target.classList.contains(cls)) {
          var name = toolbarNames[cls] + (button.value ? '（' + button.value + '）' : '');
          button.setAttribute('aria-label', name);
          button.setAttribute('title', name);
        }
      });
    });
    var sync = function () {
      var empty = quill.getText().trim() === '' && !quill.root.querySelector('img');
      textarea.value = empty ? '' : quill.getSemanticHTML();
    };
    quill.on('text-change', sync);
    textarea.form.addEventListener('submit', sync);
  }

  var csrfToken = null;
  function getCsrf() {
    if (csrfToken) {
      return Promise.resolve(csrfToken);
    }
    return fetch('/api/auth/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) { throw new Error('登录已失效，请刷新页面重新登录后再上传。'); }
        return r.json();
      })
      .then(function (body) { csrfToken = body.csrfToken; return csrfToken; });
  }

  function sizeText(bytes) {
    if (bytes < 1024) { return bytes + ' B'; }
    if (bytes < 1024 * 1024) { return (bytes / 1024).toFixed(1) + ' KB'; }
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function problemText(xhr) {
    try {
      var problem = JSON.parse(xhr.responseText);
      if (problem.errors) {
        var first = Object.keys(problem.errors)[0];
        if (first && problem.errors[first].length) { return problem.errors[first][0]; }
      }
      if (problem.detail) { return problem.detail; }
    } catch (e) { /* not JSON */ }
    if (xhr.status === 413) { return '文件太大，超过了允许的上传大小。'; }
    if (xhr.status === 401 || xhr.status === 403) { return '没有上传附件的权限，或登录已失效。'; }
    return '上传失败（HTTP ' + xhr.status + '），请稍后重试。';
  }

  function itemFor(container, file) {
    var li = document.createElement('li');
    li.className = 'list-group-item d-flex align-items-center gap-2 py-1';
    li.setAttribute('data-attachment-item', '');
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = container.getAttribute('data-name');
    hidden.value = file.id;
    var icon = document.createElement('i');
    icon.className = 'bi bi-paperclip text-muted';
    icon.setAttribute('aria-hidden', 'true');
    var name = document.createElement('span');
    name.className = 'flex-grow-1 text-break';
    name.textContent = file.fileName;
    var size = document.createElement('span');
    size.className = 'small text-muted text-nowrap';
    size.textContent = sizeText(file.size);
    var group = document.createElement('span');
    group.className = 'btn-group btn-group-sm';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', '调整“' + file.fileName + '”');
    [['-1', 'bi-arrow-up', '上移', 'btn-outline-secondary'], ['1', 'bi-arrow-down', '下移', 'btn-outline-secondary'], [null, 'bi-x-lg', '移除', 'btn-outline-danger']]
      .forEach(function (spec) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'btn ' + spec[3];
        if (spec[0]) { b.setAttribute('data-move', spec[0]); } else { b.setAttribute('data-remove', ''); }
        b.title = spec[2];
        b.setAttribute('aria-label', spec[2] + '“' + file.fileName + '”');
        b.innerHTML = '<i class="bi ' + spec[1] + '" aria-hidden="true"></i>';
        group.appendChild(b);
      });
    li.append(hidden, icon, name, size, group);
    return li;
  }

  function attachments(container) {
    var list = container.querySelector('[data-attachment-list]');
    var input = container.querySelector('[data-attachment-input]');
    var progress = container.querySelector('[data-attachment-progress]');
    var bar = progress.querySelector('.progress-bar');
    var error = container.querySelector('[data-attachment-error]');
    var multiple = container.getAttribute('data-multiple') === 'true';

    list.addEventListener('click', function (e) {
      var button = e.target.closest('button');
      if (!button) { return; }
      var li = button.closest('[data-attachment-item]');
      if (button.hasAttribute('data-remove')) {
        var next = li.nextElementSibling || li.previousElementSibling;
        li.remove();
        (next ? next.querySelector('button') : input).focus();
      } else if (button.getAttribute('data-move') === '-1' && li.previousElementSibling) {
        list.insertBefore(li, li.previousElementSibling);
        button.focus();
      } else if (button.getAttribute('data-move') === '1' && li.nextElementSibling) {
        list.insertBefore(li.nextElementSibling, li);
        button.focus();
      }
    });

    function setProgress(percent) {
      progress.classList.remove('d-none');
      bar.style.width = percent + '%';
      bar.textContent = percent + '%';
      progress.setAttribute('aria-valuenow', String(percent));
    }

    function upload(file) {
      return getCsrf().then(function (token) {
        return new Promise(function (resolve, reject) {
          var data = new FormData();
          data.append('file', file, file.name);
          var xhr = new XMLHttpRequest();
          xhr.open('POST', '/api/content/attachments');
          xhr.setRequestHeader('X-CSRF-TOKEN', token);
          xhr.setRequestHeader('Accept', 'application/json');
          xhr.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) { setProgress(Math.round(e.loaded * 100 / e.total)); }
          });
          xhr.onload = function () {
            if (xhr.status >= 200 && xhr.status < 300) { resolve(JSON.parse(xhr.responseText)); } else { reject(new Error(problemText(xhr))); }
          };
          xhr.onerror = function () { reject(new Error('网络错误，文件未能上传。')); };
          xhr.send(data);
        });
      });
    }

    input.addEventListener('change', function () {
      var files = Array.prototype.slice.call(input.files);
      error.textContent = '';
      input.classList.remove('is-invalid');
      var chain = Promise.resolve();
      files.forEach(function (file) {
        chain = chain.then(function () {
          setProgress(0);
          return upload(file).then(function (saved) {
            // The API answers the stored files as an array (one entry per uploaded file).
            (Array.isArray(saved) ? saved : [saved]).forEach(function (one) {
              if (!multiple) { list.innerHTML = ''; }
              list.appendChild(itemFor(container, one));
            });
          }).catch(function (e) {
            error.textContent = '“' + file.name + '”未上传：' + e.message;
            input.classList.add('is-invalid');
          });
        });
      });
      chain.then(function () {
        progress.classList.add('d-none');
        input.value = '';
      });
    });
  }

  function publishButton(form) {
    var select = form.querySelector('[data-section-select]');
    var button = form.querySelector('[data-publish-button]');
    if (!select || !button) { return; }
    var update = function () {
      var option = select.options[select.selectedIndex];
      var needsSubmit = option && option.getAttribute('data-needs-submit') === 'true';
      button.textContent = needsSubmit ? button.getAttribute('data-submit-text') : button.getAttribute('data-publish-text');
    };
    select.addEventListener('change', update);
    update();
  }

  document.querySelectorAll('textarea[data-rich-text]').forEach(richText);
  document.querySelectorAll('[data-attachments]').forEach(attachments);
  document.querySelectorAll('form.content-form').forEach(publishButton);
  var alert = document.querySelector('[data-focus-on-load]');
  if (alert) { alert.focus(); }
})();
