// A set of ASCII characters tested in constant time: the parser's hot character classes.
#pragma once

#include <QChar>

namespace Docent {

class AsciiSet final
{
public:
    constexpr explicit AsciiSet(const char *chars)
    {
        for (; *chars; ++chars) {
            const auto c = static_cast<unsigned char>(*chars);
            if (c < 128)
                m_member[c] = true;
        }
    }
    // A byte per character rather than a bitmap: one load and no shifts in the scanning loops.
    constexpr bool contains(char16_t c) const { return c < 128 && m_member[c]; }
    constexpr bool contains(QChar c) const { return contains(c.unicode()); }

private:
    bool m_member[128] = {};
};

} // namespace Docent
