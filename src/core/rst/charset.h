// A set of ASCII characters tested in constant time: the parser's hot character classes.
#pragma once

#include <QChar>

#include <cstdint>

namespace Docent {

class AsciiSet final
{
public:
    constexpr explicit AsciiSet(const char *chars)
    {
        for (; *chars; ++chars) {
            const auto c = static_cast<unsigned char>(*chars);
            if (c < 64)
                m_low |= std::uint64_t(1) << c;
            else if (c < 128)
                m_high |= std::uint64_t(1) << (c - 64);
        }
    }
    constexpr bool contains(char16_t c) const
    {
        return c < 64 ? (m_low >> c) & 1 : c < 128 ? (m_high >> (c - 64)) & 1 : false;
    }
    constexpr bool contains(QChar c) const { return contains(c.unicode()); }

private:
    std::uint64_t m_low = 0;
    std::uint64_t m_high = 0;
};

} // namespace Docent
