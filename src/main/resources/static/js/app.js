// Sends the CSRF token with every htmx request that changes something.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// After a refused submit the page comes back with the error summary at the top of the form: the focus goes to it,
// so that keyboard and screen reader users start from the list of errors (each one links to its field).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
    summary.scrollIntoView({block: 'start'});
  }
});

// A form marked data-confirm destroys something: ask first, in the shared DSFR modal (fragments/confirm.html).
// "Confirmer" submits the form as its own button would have; "Annuler", Escape or the close button keep everything.
(function () {
  var pending = null;
  var submitter = null;

  function modal() {
    return document.getElementById('confirm-modal');
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var dialog = modal();
    if (!form.matches('form[data-confirm]') || !dialog || typeof window.dsfr !== 'function') {
      return;
    }
    if (form.dataset.confirmed === 'yes') {
      delete form.dataset.confirmed;
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    pending = form;
    submitter = event.submitter || null;
    document.getElementById('confirm-modal-question').textContent = form.dataset.confirm;
    document.getElementById('confirm-modal-text').textContent =
      form.dataset.confirmText || 'Cette action ne peut pas être annulée.';
    document.getElementById('confirm-modal-accept').textContent = form.dataset.confirmLabel || 'Confirmer';
    window.dsfr(dialog).modal.disclose();
  }, true);

  document.addEventListener('click', function (event) {
    if (!event.target.closest('#confirm-modal-accept') || !pending) {
      return;
    }
    var form = pending;
    var button = submitter;
    pending = null;
    submitter = null;
    window.dsfr(modal()).modal.conceal();
    form.dataset.confirmed = 'yes';
    if (typeof form.requestSubmit === 'function') {
      form.requestSubmit(button && button.form === form ? button : undefined);
    } else {
      form.submit();
    }
  });

  var dialog = modal();
  dialog && dialog.addEventListener('dsfr.conceal', function () {
    if (pending) {
      var button = submitter;
      pending = null;
      submitter = null;
      if (button && document.contains(button)) {
        button.focus();
      }
    }
  });
})();
