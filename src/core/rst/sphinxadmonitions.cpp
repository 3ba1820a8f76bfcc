// Sphinx 8.2's :collapsible: option on admonitions: empty or "open" shows the admonition open,
// "closed" folded; the reader can fold it either way. The admonition node keeps the choice in a
// "collapsible" attribute ("open" or "closed") that the HTML writer turns into details/summary.
// docutils' own registry does not get the option, so --docutils still reports it as unknown.
#include "registry.h"
#include "sphinxregistry.h"

namespace Docent {

void allowCollapsibleAdmonitions(Registry &r)
{
    for (const char *name : {"attention", "caution", "danger", "error", "hint", "important", "note", "tip", "warning",
                             "admonition", "seealso"}) {
        const DirectiveSpec *original = r.directive(QLatin1String(name));
        if (!original)
            continue;
        DirectiveSpec spec = *original;
        spec.options.insert(QStringLiteral("collapsible"), OptionKind::Unchanged);
        spec.run = [run = original->run](DirectiveCall &call) {
            const bool collapsible = call.hasOption(QStringLiteral("collapsible"));
            const QString state = call.options.value(QStringLiteral("collapsible")).trimmed().toLower();
            if (collapsible && !state.isEmpty() && state != u"open" && state != u"closed")
                throw DirectiveError{QStringLiteral("invalid option value: (option: \"collapsible\"; value: '%1')\n"
                                                    "\"%1\" unknown; choose from \"open\" or \"closed\".")
                                         .arg(call.options.value(QStringLiteral("collapsible")))};
            NodeList out = run(call);
            if (collapsible && !out.empty() && !out.front()->is(u"system_message"))
                out.front()->setAttribute(QStringLiteral("collapsible"), state.isEmpty() ? QStringLiteral("open") : state);
            return out;
        };
        r.addDirective(QLatin1String(name), spec);
    }
}

} // namespace Docent
