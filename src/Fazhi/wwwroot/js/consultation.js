// Comment on a selected passage of a draft (公开征求意见). The selection inside #draft becomes a W3C
// TextQuoteSelector (the quote; the server takes prefix/suffix from the stored draft) plus a TextPositionSelector
// (character offsets in the draft's text), written into the form's hidden fields.
(function () {
    'use strict';
    var draft = document.getElementById('draft');
    var form = document.getElementById('comment');
    if (!draft || !form) {
        return;
    }

    var quoteField = document.getElementById('quote-field');
    var startField = document.getElementById('quote-start');
    var endField = document.getElementById('quote-end');
    var box = document.getElementById('quote-box');
    var preview = document.getElementById('quote-preview');

    function offsetOf(node, offset) {
        var range = document.createRange();
        range.selectNodeContents(draft);
        range.setEnd(node, offset);
        return range.toString().length;
    }

    function clear() {
        quoteField.value = '';
        startField.value = '';
        endField.value = '';
        preview.textContent = '';
        box.hidden = true;
    }

    // The last selection made inside the draft: clicking the button may collapse the live selection first.
    var last = null;

    function remember() {
        var selection = window.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
            return;
        }

        var range = selection.getRangeAt(0);
        if (!draft.contains(range.startContainer) || !draft.contains(range.endContainer)) {
            return;
        }

        var start = offsetOf(range.startContainer, range.startOffset);
        var end = offsetOf(range.endContainer, range.endOffset);
        var quote = draft.textContent.substring(start, end);
        if (quote.trim().length > 0) {
            last = { quote: quote, start: start, end: end };
        }
    }

    function takeSelection() {
        remember();
        if (!last) {
            return false;
        }

        quoteField.value = last.quote;
        startField.value = String(last.start);
        endField.value = String(last.end);
        preview.textContent = last.quote;
        box.hidden = false;
        return true;
    }

    document.addEventListener('selectionchange', remember);

    document.getElementById('quote-selection').addEventListener('click', function () {
        if (!takeSelection()) {
            window.alert('请先在征求意见稿中选中一段文字');
            return;
        }

        document.getElementById('Body').focus();
    });
    document.getElementById('quote-clear').addEventListener('click', function () {
        last = null;
        clear();
    });
    if (quoteField.value) {
        preview.textContent = quoteField.value;
        box.hidden = false;
    }
})();
