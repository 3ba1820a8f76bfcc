// What the window asks of, or does to, a page it shows. Run in Docent's own script world (the
// page's content security policy, which allows no script, does not apply there, and nothing
// in the page can see or replace these). Each call is made by name from pagescripts.cpp, with
// its arguments as JSON; what a function returns goes back to the window.
var docentPage = {
    // The id of the section the point (x, y) of the window is in; for a negative point, or one
    // outside any section, the section at the top of the window: the one being read.
    sectionAt: function (x, y) {
        var s = null;
        if (y >= 0) {
            var e = document.elementFromPoint(x, y);
            s = e ? e.closest('section[id]') : null;
        }
        if (!s) {
            var all = document.querySelectorAll('section[id]');
            for (var i = 0; i < all.length; i++) {
                if (all[i].getBoundingClientRect().top <= 80)
                    s = all[i];
                else
                    break;
            }
        }
        return s ? s.id : '';
    },

    // Where the reader is: the section being read, and how far the page is scrolled.
    readingPosition: function () {
        return [docentPage.sectionAt(-1, -1), window.scrollY];
    },

    scrollTo: function (y) {
        window.scrollTo(0, y);
    },

    // Flashes the element `id` (a todo note) so the eye finds it; false while the page does not
    // hold it yet.
    flash: function (id) {
        var e = document.getElementById(id);
        if (!e)
            return false;
        e.classList.remove('flash');
        void e.offsetWidth; // the animation starts again only after a layout without the class
        e.classList.add('flash');
        return true;
    },

    // Scrolls to the element written from source line `line` (the last one at or before it: a
    // problem's line may fall inside a paragraph) and flashes it; false while the page has no
    // element marked with lines.
    revealLine: function (line) {
        var all = document.querySelectorAll('[data-line]');
        var best = null, bestLine = -1;
        for (var i = 0; i < all.length; i++) {
            var at = parseInt(all[i].getAttribute('data-line'), 10);
            if (at <= line && at >= bestLine) {
                best = all[i];
                bestLine = at;
            }
        }
        if (!best && all.length)
            best = all[0];
        if (!best)
            return false;
        best.scrollIntoView({block: 'center'});
        best.classList.remove('flash');
        void best.offsetWidth;
        best.classList.add('flash');
        return parseInt(best.getAttribute('data-line'), 10);
    },

    // Loads the page theme again: the reader's font size or colours changed.
    reloadTheme: function (version) {
        var link = document.querySelector('link[rel="stylesheet"][href*="theme.css"]');
        if (!link)
            return false;
        link.href = link.href.replace(/theme\.css.*$/, 'theme.css?v=' + version);
        return true;
    },

    // Puts the caret at the start of the element `id`, so that finding text on the page starts
    // there (a search hit's section) rather than at the top; false when the page lacks it.
    caretToStartOf: function (id) {
        var e = document.getElementById(id);
        if (!e)
            return false;
        var range = document.createRange();
        range.setStart(e, 0);
        range.collapse(true);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
    },

    // Puts a fresh rendering of the page in place without a reload, so the scroll position and
    // the loaded images stay; false when the page is not one of Docent's (or still loading).
    replaceArticle: function (html, title) {
        var a = document.querySelector('article.document');
        if (!a)
            return false;
        a.innerHTML = html;
        document.title = title;
        return true;
    }
};
