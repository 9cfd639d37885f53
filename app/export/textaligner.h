#pragma once

#include <QString>
#include <QVector>

namespace al {

// Aligns two versions of one text character by character: the text a reader made of a PDF and
// the text of the PDF's pages, where each side has pieces the other lacks (running headers,
// page numbers, a title taken from the metadata, the hyphen of a word broken at a line end).
// Like patience diff, it first pairs the stretches that occur exactly once on both sides
// (16 characters long) and keeps the longest chain of them that runs forward on both sides;
// the gaps between those anchors are aligned by a longest common subsequence when small, and by
// following agreeing characters and skipping ahead to the next place where several agree again
// when large (a text that repeats itself has few unique stretches). Thread-safe (no state).
class TextAligner
{
public:
    // For each character of `a`, the index of the character of `b` it corresponds to, or -1.
    // Matched indices increase along `a`.
    static QVector<int> align(const QString &a, const QString &b);
};

} // namespace al
