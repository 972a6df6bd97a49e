// 内容类型表单: add, remove and reorder field rows; names are renumbered before posting.
(function () {
  'use strict';
  var form = document.querySelector('[data-type-form]');
  if (!form) { return; }
  var body = form.querySelector('[data-field-rows]');
  var template = form.querySelector('[data-field-template]');
  var counter = body.children.length;

  function renumber() {
    Array.prototype.forEach.call(body.children, function (row, index) {
      row.querySelectorAll('[name^="fields["]').forEach(function (input) {
        input.name = input.name.replace(/^fields\[[^\]]*\]/, 'fields[' + index + ']');
      });
    });
  }

  form.querySelector('[data-field-add]').addEventListener('click', function () {
    var html = template.innerHTML.replace(/__index__/g, 'n' + (counter++));
    body.insertAdjacentHTML('beforeend', html);
    body.lastElementChild.querySelector('input').focus();
  });

  body.addEventListener('click', function (e) {
    var button = e.target.closest('button');
    if (!button) { return; }
    var row = button.closest('[data-field-row]');
    if (button.hasAttribute('data-row-remove')) {
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      (next ? next.querySelector('input') : form.querySelector('[data-field-add]')).focus();
    } else if (button.getAttribute('data-row-move') === '-1' && row.previousElementSibling) {
      body.insertBefore(row, row.previousElementSibling);
      button.focus();
    } else if (button.getAttribute('data-row-move') === '1' && row.nextElementSibling) {
      body.insertBefore(row.nextElementSibling, row);
      button.focus();
    }
  });

  form.addEventListener('submit', renumber);
})();
