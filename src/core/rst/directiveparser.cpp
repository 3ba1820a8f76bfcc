// Running a directive: splitting its block into arguments, options and content, checking them
// against the directive's spec, and reporting errors the way docutils does.
#include "blockparser.h"
#include "parsestate.h"

#include <QRegularExpression>

namespace Docent {

void BlockParser::directive(const QString &name, const Block &blockIn, int line, Node &parent,
                            const QString &blockText)
{
    const QString key = name.toLower();
    const DirectiveSpec *spec = m_state.registry.directive(key);
    if (!spec) {
        parent.append(m_state.message(MessageLevel::Info, line,
                                      QStringLiteral("No directive entry for \"%1\" in module "
                                                     "\"docutils.parsers.rst.languages.en\".\nTrying \"%1\" as "
                                                     "canonical directive name.")
                                          .arg(name)));
        parent.append(m_state.message(MessageLevel::Error, line,
                                      QStringLiteral("Unknown directive type \"%1\".").arg(name), blockText));
        return;
    }
    auto fail = [&](const QString &msg) {
        parent.append(m_state.message(MessageLevel::Error, line,
                                      QStringLiteral("Error in \"%1\" directive:\n%2.").arg(name, msg), blockText));
    };
    Block block = blockIn;
    int contentLine = line;
    if (!block.empty() && block.front().isBlank()) {
        block.erase(block.begin());
        ++contentLine;
    }
    while (!block.empty() && block.back().isBlank())
        block.pop_back();
    Block argBlock, content;
    const bool takesArgs = spec->requiredArguments || spec->optionalArguments || !spec->options.isEmpty();
    size_t split = block.size();
    if (!block.empty() && takesArgs) {
        split = 0;
        while (split < block.size() && !block[split].isBlank())
            ++split;
        argBlock.assign(block.begin(), block.begin() + qsizetype(split));
        if (split < block.size())
            content.assign(block.begin() + qsizetype(split) + 1, block.end());
    } else {
        content = block;
    }
    // Options: a field list at the end of the argument block.
    QHash<QString, QString> options;
    if (!spec->options.isEmpty()) {
        size_t optStart = argBlock.size();
        for (size_t k = 0; k < argBlock.size(); ++k)
            if (argBlock[k].text.startsWith(u':') && argBlock[k].text.size() > 1 && argBlock[k].text[1] != u' ') {
                optStart = k;
                break;
            }
        Block optBlock(argBlock.begin() + qsizetype(optStart), argBlock.end());
        argBlock.resize(optStart);
        QString current;
        for (const Line &l : optBlock) {
            if (l.text.startsWith(u':')) {
                const qsizetype close = l.text.indexOf(u':', 1);
                if (close < 0) {
                    fail(QStringLiteral("invalid option block"));
                    return;
                }
                current = l.text.mid(1, close - 1).toString().toLower();
                if (options.contains(current)) {
                    fail(QStringLiteral("duplicate option \"%1\"").arg(current));
                    return;
                }
                options.insert(current, l.text.mid(close + 1).trimmed().toString());
            } else if (!current.isEmpty() && l.text.startsWith(u' ')) {
                QString &v = options[current];
                v += (v.isEmpty() ? QString() : QStringLiteral("\n")) + l.text.trimmed().toString();
            } else {
                fail(QStringLiteral("invalid option block"));
                return;
            }
        }
        for (auto it = options.begin(); it != options.end(); ++it) {
            auto kind = spec->options.constFind(it.key());
            if (kind == spec->options.cend()) {
                fail(QStringLiteral("unknown option: \"%1\"").arg(it.key()));
                return;
            }
            QString &v = it.value();
            switch (*kind) {
            case OptionKind::Flag:
                if (!v.isEmpty()) {
                    fail(QStringLiteral("invalid option value: (option: \"%1\"; value: '%2')\nno argument is allowed; \"%2\" supplied")
                             .arg(it.key(), v));
                    return;
                }
                break;
            case OptionKind::Text:
                if (v.isEmpty()) {
                    fail(QStringLiteral("invalid option value: (option: \"%1\"; value: None)\nargument required but none supplied")
                             .arg(it.key()));
                    return;
                }
                break;
            case OptionKind::Int: {
                bool ok = false;
                const int n = v.toInt(&ok);
                if (!ok || n < 0) {
                    fail(QStringLiteral("invalid option value: (option: \"%1\"; value: '%2')\ninvalid literal for int() with base 10: '%2'")
                             .arg(it.key(), v));
                    return;
                }
                break;
            }
            case OptionKind::ClassList: {
                QStringList out;
                for (const QString &c : v.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    const QString id = makeId(c);
                    if (id.isEmpty()) {
                        fail(QStringLiteral("invalid option value: (option: \"%1\"; value: '%2')\ncannot make \"%3\" into a class name")
                                 .arg(it.key(), v, c));
                        return;
                    }
                    out << id;
                }
                v = out.join(QLatin1Char(' '));
                break;
            }
            case OptionKind::Name:
                v = normalizeName(v);
                break;
            case OptionKind::Choice: {
                const QStringList choices = spec->choices.value(it.key());
                if (!choices.contains(v.toLower())) {
                    fail(QStringLiteral("invalid option value: (option: \"%1\"; value: '%2')\n\"%2\" unknown; choose from \"%3\"")
                             .arg(it.key(), v, choices.join(QStringLiteral("\", \""))));
                    return;
                }
                v = v.toLower();
                break;
            }
            default:
                break;
            }
        }
    }
    if (!argBlock.empty() && !(spec->requiredArguments || spec->optionalArguments)) {
        Block merged = argBlock;
        if (split < block.size())
            merged.insert(merged.end(), block.begin() + qsizetype(split), block.end());
        content = merged;
        argBlock.clear();
    }
    while (!content.empty() && content.front().isBlank())
        content.erase(content.begin());
    QStringList arguments;
    if (spec->requiredArguments || spec->optionalArguments) {
        QString argText;
        for (size_t k = 0; k < argBlock.size(); ++k)
        {
            if (k)
                argText += u'\n';
            argText += argBlock[k].text;
        }
        arguments = argText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        const int maxArgs = spec->requiredArguments + spec->optionalArguments;
        if (arguments.size() > maxArgs) {
            if (spec->finalArgumentWhitespace) {
                QStringList limited;
                QString rest = argText.trimmed();
                for (int k = 0; k < maxArgs - 1; ++k) {
                    const qsizetype sp = rest.indexOf(QRegularExpression(QStringLiteral("\\s")));
                    limited << rest.left(sp);
                    rest = rest.mid(sp).trimmed();
                }
                limited << rest;
                arguments = limited;
            } else {
                fail(QStringLiteral("maximum %1 argument(s) allowed, %2 supplied").arg(maxArgs).arg(arguments.size()));
                return;
            }
        }
        if (arguments.size() < spec->requiredArguments) {
            fail(QStringLiteral("%1 argument(s) required, %2 supplied").arg(spec->requiredArguments).arg(arguments.size()));
            return;
        }
    }
    if (!content.empty() && !spec->hasContent) {
        fail(QStringLiteral("no content permitted"));
        return;
    }
    DirectiveCall call{key, arguments, options, content, line,
                       content.empty() ? contentLine : content.front().number,
                       blockText, *this, m_state, parent, *spec};
    try {
        NodeList nodes = spec->run(call);
        for (auto &n : nodes)
            parent.append(std::move(n));
    } catch (const DirectiveError &e) {
        parent.append(m_state.message(MessageLevel(e.level), line, e.message, blockText));
    }
}

} // namespace Docent
