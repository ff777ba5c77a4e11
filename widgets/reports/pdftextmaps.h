#pragma once

#include <QByteArray>

namespace sd {

// Puts the right characters into the ToUnicode maps of a PDF that QPdfWriter wrote, so
// that readers copy and find what the page shows.
//
// Qt names each glyph's character by trying every code point from U+0000 up and keeping
// the first whose character map entry reaches the glyph (QFontSubset::getReverseMap).
// Where several code points share a glyph, the lowest is not always the one the text
// holds: Qt's FreeType font engine gives a tab the space glyph, so every space reads as
// U+0009, and Noto Sans CJK draws each Kangxi radical with the glyph of the ideograph it
// comes from, so 月 reads as the radical ⽉ (U+2F49), 生 as ⽣ and 页 as ⻚ (U+2EDA),
// and a search for 月报 finds nothing. A glyph named U+0009 is named U+0020 instead, one
// named a CJK or Kangxi radical the ideograph Unicode gives as its equivalent.
//
// Qt writes the maps uncompressed, with every code as four hex digits: each code is
// replaced by one of the same length, so the cross-reference table stays right.
class PdfTextMaps final
{
public:
    // Returns how many codes were replaced.
    static int repair(QByteArray *pdf);
    // The character a glyph named `code` stands for.
    static char16_t textOf(char16_t code);
};

} // namespace sd
