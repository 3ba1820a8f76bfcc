// The parser's hottest scans over UTF-16 text: words, backslashes and line ends are found eight
// characters at a time where SSE2 is available (every x86-64); other targets use the plain loops,
// which give the same answers. Short markers are compared inline.
#pragma once

#include <QStringView>
#include <QtGlobal>

#include <cstddef>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Docent {

inline bool isAsciiAlnum(char16_t u)
{
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

/// The first position from `i` (up to `n`) whose character is not an ASCII letter or digit.
inline qsizetype asciiAlnumRunEnd(const char16_t *d, qsizetype i, qsizetype n)
{
#if defined(__SSE2__)
    // Signed 16-bit comparisons: characters from U+8000 up compare as negative, so below '0'.
    const __m128i zeroLo = _mm_set1_epi16(u'0' - 1), nineHi = _mm_set1_epi16(u'9' + 1);
    const __m128i aLo = _mm_set1_epi16(u'a' - 1), zHi = _mm_set1_epi16(u'z' + 1);
    const __m128i caseBit = _mm_set1_epi16(0x20);
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const __m128i lower = _mm_or_si128(v, caseBit); // 'A'-'Z' -> 'a'-'z'; nothing else lands there
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi16(v, zeroLo), _mm_cmplt_epi16(v, nineHi));
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi16(lower, aLo), _mm_cmplt_epi16(lower, zHi));
        const unsigned mask = unsigned(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
        if (mask != 0xffff)
            return i + qCountTrailingZeroBits(~mask) / 2;
    }
#endif
    while (i < n && isAsciiAlnum(d[i]))
        ++i;
    return i;
}

/// The first position from `i` (up to `n`) holding a backslash or U+0000, or `n`.
inline qsizetype findBackslashOrNul(const char16_t *d, qsizetype i, qsizetype n)
{
#if defined(__SSE2__)
    const __m128i backslash = _mm_set1_epi16(u'\\'), zero = _mm_setzero_si128();
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const unsigned mask =
            unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi16(v, backslash), _mm_cmpeq_epi16(v, zero))));
        if (mask)
            return i + qCountTrailingZeroBits(mask) / 2;
    }
#endif
    while (i < n && d[i] != u'\\' && d[i] != 0)
        ++i;
    return i;
}

/// The first position from `i` (up to `n`) holding a control character (below U+0020), or `n`.
inline qsizetype findControl(const char16_t *d, qsizetype i, qsizetype n)
{
#if defined(__SSE2__)
    // Unsigned saturating 0x1f - c is zero exactly for c >= 0x20.
    const __m128i limit = _mm_set1_epi16(0x1f), zero = _mm_setzero_si128();
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const unsigned printable = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_subs_epu16(limit, v), zero)));
        if (printable != 0xffff)
            return i + qCountTrailingZeroBits(~printable) / 2;
    }
#endif
    while (i < n && d[i] >= 0x20)
        ++i;
    return i;
}

/// Whether `t` starts with the ASCII `prefix`: inline, for the parsers' short markers ("..", "**").
template<std::size_t N>
inline bool startsWithAscii(QStringView t, const char (&prefix)[N])
{
    constexpr qsizetype len = qsizetype(N) - 1;
    if (t.size() < len)
        return false;
    for (qsizetype k = 0; k < len; ++k)
        if (t[k].unicode() != char16_t(prefix[k]))
            return false;
    return true;
}

} // namespace Docent
