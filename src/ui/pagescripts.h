// The window's scripts for a page, kept in one resource (resources/pagescripts.js): each call
// here gives the script that runs one of its functions.
#pragma once

#include <QJsonArray>
#include <QString>

namespace Docent::PageScripts {

/// A script calling the function `name` of pagescripts.js with `args`, to be run in
/// QWebEngineScript::ApplicationWorld; its value is the function's.
QString call(const char *name, const QJsonArray &args = {});

/// The id of the section at (x, y) of the window, or for x, y < 0 the section being read.
inline QString sectionAt(qreal x, qreal y) { return call("sectionAt", {x, y}); }

} // namespace Docent::PageScripts
