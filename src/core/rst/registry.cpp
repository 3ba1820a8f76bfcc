#include "registry.h"

#include "parsestate_p.h"

namespace Docent {

std::unique_ptr<Node> DirectiveCall::error(const QString &text) const
{
    return state.message(MessageLevel::Error, line,
                         QStringLiteral("Error in \"%1\" directive:\n%2").arg(name, text), blockText.text());
}

const DirectiveSpec *Registry::directive(const QString &name) const
{
    auto it = m_directives.constFind(name);
    return it == m_directives.cend() ? nullptr : &*it;
}

const RoleHandler *Registry::role(const QString &name) const
{
    auto it = m_roles.constFind(name);
    return it == m_roles.cend() ? nullptr : &*it;
}

const Registry &Registry::docutils()
{
    static const Registry r = [] {
        Registry reg;
        registerDocutilsDirectives(reg);
        registerDocutilsRoles(reg);
        return reg;
    }();
    return r;
}

const Registry &Registry::sphinx()
{
    static const Registry r = [] {
        Registry reg;
        registerDocutilsDirectives(reg);
        registerDocutilsRoles(reg);
        registerSphinxDirectives(reg);
        registerSphinxRoles(reg);
        reg.setDefaultDomain(QStringLiteral("py"));
        return reg;
    }();
    return r;
}

} // namespace Docent
