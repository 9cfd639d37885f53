#pragma once

// Random texts made of the characters the text clean-up treats specially (line breaks of every
// kind, odd spaces, invisible and control characters, list marks, surrogates) among words short
// and long, for comparing TextNormalizer and TextReader with their reference implementations.

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace al::test {

inline QString whitespaceText(QRandomGenerator &random, int pieces)
{
    static const QStringList parts{QStringLiteral("a"),
                                   QStringLiteral("Word"),
                                   QStringLiteral("harbour "),
                                   QStringLiteral(". "),
                                   QStringLiteral("a long line of text that goes on past forty characters "),
                                   QStringLiteral(" "),
                                   QStringLiteral("  "),
                                   QStringLiteral("\t"),
                                   QStringLiteral("\n"),
                                   QStringLiteral("\n\n"),
                                   QStringLiteral("\n\n\n"),
                                   QStringLiteral("\r"),
                                   QStringLiteral("\r\n"),
                                   QStringLiteral("\n\r"),
                                   QStringLiteral("\u00A0"),
                                   QStringLiteral("\u202F"),
                                   QStringLiteral("\u2007"),
                                   QStringLiteral("\u2003"),
                                   QStringLiteral("\u3000"),
                                   QStringLiteral("\u1680"),
                                   QStringLiteral("\u205F"),
                                   QStringLiteral("\u2028"),
                                   QStringLiteral("\u2029"),
                                   QStringLiteral("\u0085"),
                                   QStringLiteral("\u000B"),
                                   QStringLiteral("\u000C"),
                                   QStringLiteral("\u00AD"),
                                   QStringLiteral("\u200B"),
                                   QStringLiteral("\u200D"),
                                   QStringLiteral("\u2060"),
                                   QStringLiteral("\uFEFF"),
                                   QStringLiteral("\u0001"),
                                   QStringLiteral("\u001F"),
                                   QStringLiteral("\u007F"),
                                   QStringLiteral("- "),
                                   QStringLiteral("* "),
                                   QStringLiteral("\u2022"),
                                   QStringLiteral("\u00E9t\u00E9"),
                                   QStringLiteral("\U0001F600"),
                                   QString(QChar(0xD800)),
                                   QStringLiteral("\u201D "),
                                   QStringLiteral("! ")};
    QString text;
    for (int i = 0; i < pieces; ++i)
        text += parts.at(random.bounded(int(parts.size())));
    return text;
}

} // namespace al::test
