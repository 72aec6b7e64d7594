// Copy buttons: <button data-copy="id-of-element" data-copied="message"> copies the text of that element to the
// clipboard and says so in the element named by aria-controls' status (data-status). The text stays on the page, so
// that it can be selected by hand where the clipboard is not available; the button then selects it for the reader.
document.querySelectorAll('button[data-copy]').forEach(function (button) {
  var source = document.getElementById(button.dataset.copy);
  var status = document.getElementById(button.dataset.status);
  if (!source) {
    return;
  }
  button.hidden = false;
  function selectSource() {
    var range = document.createRange();
    range.selectNodeContents(source);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  button.addEventListener('click', function () {
    var text = source.textContent.trim();
    var done = function () { status.textContent = button.dataset.copied; };
    var failed = function () {
      selectSource();
      status.textContent = button.dataset.failed;
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, failed);
    } else {
      failed();
    }
  });
});
