#pragma once

#include "libraryrecords.h"

#include <QTextBrowser>

namespace al {

// Search results of the library: each hit's title, date and source, and the sentence that
// matched with the matched words marked. Clicking a hit asks to open its article at that
// sentence (openRequested); the view itself never reads the library.
class LibraryHitsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit LibraryHitsView(QWidget *parent = nullptr);

    void showHits(const QVector<SearchHit> &hits, int total, const QString &what);
    void showMessage(const QString &message);
    const QVector<SearchHit> &hits() const { return m_hits; }
    // The HTML of one sentence with its marks, for tests.
    static QString markedSentence(const SearchHit &hit);

Q_SIGNALS:
    void openRequested(qint64 article, int start, int end);

private:
    QVector<SearchHit> m_hits;
};

} // namespace al
