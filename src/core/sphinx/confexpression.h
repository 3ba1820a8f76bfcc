// The conditions of Sphinx's ifconfig directive, evaluated without Python: a small expression
// language over conf.py's values (names, string and number literals, True/False/None, lists and
// tuples, == != < <= > >= in, not in, is, is not, and, or, not, parentheses).
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace Docent {

/// A conf.py value by name, as Python source ("'html'", "3", "['a', 'b']", "True"); nullopt for a
/// name Docent does not know.
using ConfValueLookup = std::function<std::optional<QString>(const QString &name)>;

/// The truth of `expression` with conf.py's values; nullopt when it cannot be decided (an unknown
/// name, a call, an attribute, a comparison Python would refuse).
std::optional<bool> evaluateConfCondition(const QString &expression, const ConfValueLookup &valueOf);

} // namespace Docent
