// What a docent:// URL asks for, decided without WebEngine: one of Docent's own files, a book, a
// page of the open tree or a file inside the tree's root (never one outside it), and in what form
// a file of the tree goes out, so that none of them ever runs script.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>

namespace Docent {

struct TreeUrl {
    enum class Kind {
        AppFile,  ///< docent://app/<name>: `name` is the path, for AppFiles::read()
        Book,     ///< docent://book/print.html?...: the query says which pages
        Page,     ///< docent://tree/<docname>.html: `name` is the docname
        File,     ///< docent://tree/<file>: `name` is its real path, inside the root
        NotFound, ///< no such page or file, or no tree open
        Denied,   ///< a file outside the root, through ".." or a link
    };
    /// What asked for a URL, as the page's network layer tells the scheme handler (see
    /// destinationHeader): only an image request gets an image's bytes as an image.
    enum class Destination { Document, Image, Stylesheet, Other };
    /// How a file of the tree is answered.
    struct FileReply {
        bool imageViewer = false; ///< a page of ours showing the image, for a document request
        QByteArray mime;          ///< otherwise the file's bytes, as this type
    };

    Kind kind = Kind::NotFound;
    QString name;

    static constexpr char scheme[] = "docent";
    /// Served files above this size are refused (a tree's images are far smaller).
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;
    /// The request header through which the profile's request interceptor names the destination.
    static constexpr char destinationHeader[] = "X-Docent-Destination";

    /// docent://tree/guide/intro.html -> {Page, "guide/intro"} when `isDocument("guide/intro")`;
    /// docent://tree/img/a.png -> {File, "<root>/img/a.png"}; docent://tree/../x -> {Denied}.
    /// `root` is the tree's canonical folder, or a ":/..." resource folder; empty: no tree open.
    static TreeUrl resolve(const QUrl &url, const QString &root, const std::function<bool(const QString &)> &isDocument);
    /// The docname of a page URL ("docent://tree/a/b.html" -> "a/b"), or empty.
    static QString docnameOf(const QUrl &url);

    /// "image" -> Image; a missing or unknown value -> Other, the most restrictive.
    static Destination destinationFrom(const QByteArray &headerValue);
    static QByteArray headerValue(Destination destination);
    /// A file whose contents look like `mime`, asked for as `destination`: an SVG (which can hold
    /// script) is an image only to an <img>, a page of ours around it when opened, text otherwise;
    /// HTML, JavaScript and anything unknown are text.
    static FileReply fileReply(const QByteArray &mime, Destination destination);
};

} // namespace Docent
