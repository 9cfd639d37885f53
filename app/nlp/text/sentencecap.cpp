#include "sentencecap.h"

#include <algorithm>

namespace al {

namespace {

bool isCutAfter(QStringView token)
{
    return token == QLatin1String(";") || token == QLatin1String(":") || token == QLatin1String(",") ||
           token == QLatin1String("-") || token == QChar(0x2013) || token == QChar(0x2014);
}

bool isCutBefore(QStringView token)
{
    return token.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0 ||
           token.compare(QLatin1String("but"), Qt::CaseInsensitive) == 0 ||
           token.compare(QLatin1String("or"), Qt::CaseInsensitive) == 0 ||
           token.compare(QLatin1String("while"), Qt::CaseInsensitive) == 0;
}

} // namespace

QVector<Sentence> SentenceCap::run(QStringView text, const QVector<Token> &tokens,
                                   const QVector<Sentence> &sentences, int maxTokens)
{
    maxTokens = std::max(maxTokens, 2);
    QVector<Sentence> out;
    out.reserve(sentences.size());
    auto tok = [&](int i) { return text.mid(tokens[i].start, tokens[i].length()); };
    for (const Sentence &s : sentences) {
        if (s.tokenCount <= maxTokens) {
            out.append(s);
            continue;
        }
        int first = s.firstToken;
        const int end = s.firstToken + s.tokenCount; // exclusive
        while (end - first > maxTokens) {
            // The cut (the first token of the next piece) is looked for in the second half of
            // the window, so no piece is shorter than half the limit.
            const int low = first + maxTokens / 2, high = first + maxTokens;
            int cut = -1;
            for (int i = high - 1; i >= low && cut < 0; --i)
                if (isCutAfter(tok(i)))
                    cut = i + 1;
            for (int i = high; i > low && cut < 0; --i)
                if (isCutBefore(tok(i)))
                    cut = i;
            if (cut < 0)
                cut = high;
            Sentence piece;
            piece.start = tokens[first].start;
            piece.end = tokens[cut - 1].end;
            piece.firstToken = first;
            piece.tokenCount = cut - first;
            out.append(piece);
            first = cut;
        }
        Sentence rest = s;
        rest.start = tokens[first].start;
        rest.firstToken = first;
        rest.tokenCount = end - first;
        out.append(rest);
    }
    return out;
}

} // namespace al
