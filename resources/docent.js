// Docent's page script, served from docent://app/docent.js: the page's Content-Security-Policy
// allows scripts from docent://app only, so this file and KaTeX are the only code a page runs.
// The HTML keeps math as LaTeX source (for `docent render`, and when KaTeX is not installed);
// this script typesets it when the page loads, and gives code blocks a Copy button.
'use strict';

(function () {
    // Sphinx's HTML math: an equation with line breaks is set as a split environment, unless
    // the author wrote an environment of their own.
    function displayLatex(source) {
        if (source.indexOf('\\\\') >= 0 && source.indexOf('\\begin{') < 0)
            return '\\begin{split}' + source + '\\end{split}';
        return source;
    }

    function typeset(source, displayMode) {
        var holder = document.createElement(displayMode ? 'div' : 'span');
        holder.className = displayMode ? 'math-display' : 'math typeset';
        // trust: false keeps \href, \url and \html... commands from making links or attributes.
        katex.render(source, holder, { displayMode: displayMode, throwOnError: false, trust: false, strict: 'ignore' });
        return holder;
    }

    function typesetMath() {
        if (typeof katex === 'undefined')
            return; // KaTeX is not installed: the source and its note stay
        document.querySelectorAll('code.math').forEach(function (code) {
            try {
                code.replaceWith(typeset(code.textContent, false));
            } catch (e) { /* left as source */ }
        });
        document.querySelectorAll('div.math-block > pre.math').forEach(function (pre) {
            var block = pre.parentNode;
            try {
                pre.replaceWith(typeset(displayLatex(pre.textContent), true));
                block.classList.add('typeset');
                var note = block.querySelector('.math-note');
                if (note)
                    note.remove();
            } catch (e) { /* left as source */ }
        });
    }

    // The code as written: without line numbers, which are only shown.
    function codeText(pre) {
        var copy = pre.cloneNode(true);
        copy.querySelectorAll('.linenos').forEach(function (n) { n.remove(); });
        return copy.textContent;
    }

    // navigator.clipboard needs a secure context and the page's permission; the selection and
    // execCommand('copy') work where it is missing or refused.
    function copyText(text, done) {
        function bySelection() {
            var area = document.createElement('textarea');
            area.className = 'copy-buffer';
            area.value = text;
            area.setAttribute('readonly', '');
            document.body.appendChild(area);
            area.select();
            var ok = false;
            try {
                ok = document.execCommand('copy');
            } catch (e) { /* refused */ }
            area.remove();
            done(ok);
        }
        if (navigator.clipboard && window.isSecureContext)
            navigator.clipboard.writeText(text).then(function () { done(true); }, bySelection);
        else
            bySelection();
    }

    // The button's words in the tree's language, put on <html> by the writer (English without).
    function word(name, english) {
        return document.documentElement.getAttribute('data-' + name) || english;
    }

    function addCopyButtons() {
        document.querySelectorAll('pre.code').forEach(function (pre) {
            var frame = document.createElement('div');
            frame.className = 'code-frame';
            pre.parentNode.insertBefore(frame, pre);
            frame.appendChild(pre);
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'copy-button';
            // The label is drawn by the style sheet (::after), so finding text in the page or
            // selecting and copying it never picks up "Copy".
            function label(text) {
                button.setAttribute('data-label', text);
                button.setAttribute('aria-label', text);
            }
            label(word('copy', 'Copy'));
            button.title = word('copy-title', 'Copy the code');
            button.addEventListener('click', function () {
                copyText(codeText(pre), function (ok) {
                    label(ok ? word('copied', 'Copied') : word('not-copied', 'Not copied'));
                    button.classList.toggle('copied', ok);
                    setTimeout(function () {
                        label(word('copy', 'Copy'));
                        button.classList.remove('copied');
                    }, 1500);
                });
            });
            frame.appendChild(button);
        });
    }

    function start() {
        typesetMath();
        addCopyButtons();
        document.documentElement.classList.add('docent-ready'); // tests wait for this
    }

    if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', start);
    else
        start();
})();
