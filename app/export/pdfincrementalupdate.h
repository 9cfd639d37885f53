#pragma once

#include "pdfvalue.h"
#include "result.h"

#include <QHash>
#include <QMap>
#include <QRectF>
#include <QVector>

namespace al {

// Adds an outline (bookmarks), internal links and a new document information dictionary to a
// finished PDF by an incremental update (ISO 32000-1, 7.5.6): the original bytes are kept as
// they are and new or changed objects are appended with their own cross-reference section and
// a trailer whose /Prev points to the previous one. QPdfWriter (Qt 6.4) cannot write outlines
// or links, and poppler-qt6 22.12 can read them but not add them, so the exporter writes these
// few objects itself. Only classic cross-reference tables are read (what QPdfWriter and poppler
// write); a file with cross-reference streams gives an error, never a damaged file.
// Coordinates are PDF user space: points, origin at the bottom left of the page.
// Not thread-safe; one instance per file.
class PdfIncrementalUpdate
{
public:
    struct OutlineEntry
    {
        QString title;
        int page = 0;   // 0-based
        double top = 0; // y of the destination's top edge, in points from the page's bottom
        int level = 0;  // 0: top level; 1: a child of the previous level-0 entry
    };

    static Result<PdfIncrementalUpdate> open(const QByteArray &pdf);

    int pageCount() const { return int(m_pages.size()); }
    // The latest version of an object (pending changes first); fails when it cannot be read.
    Result<PdfValue> object(int number) const;
    const PdfValue &trailer() const { return m_trailer; }

    void setOutline(const QVector<OutlineEntry> &entries);
    // A link over `rect` on `page` that jumps to `destinationTop` on `destinationPage`.
    void addLink(int page, const QRectF &rect, int destinationPage, double destinationTop);
    // Replaces the document information dictionary (Title, Author, Subject, Keywords, ...).
    void setInfo(const QMap<QByteArray, QString> &info);

    // The original bytes followed by the update. Fails (leaving nothing half-written, since it
    // only builds bytes) when an object it must amend cannot be read.
    Result<QByteArray> finish() const;

private:
    struct Link
    {
        QRectF rect;
        int destinationPage = 0;
        double destinationTop = 0;
    };
    struct Entry
    {
        qint64 offset = -1; // -1: a free entry
        int generation = 0;
    };

    PdfIncrementalUpdate() = default;
    Result<bool> readSection(qint64 offset, int depth);
    Result<bool> readPageTree(const PdfValue &node, int depth);
    PdfValue destination(int page, double top) const;

    QByteArray m_data;
    qint64 m_lastXref = 0;
    PdfValue m_trailer;
    QHash<int, Entry> m_entries;
    QVector<PdfValue> m_pages; // references, in page order
    int m_size = 0;            // the trailer's /Size: the first free object number

    QVector<OutlineEntry> m_outline;
    QMap<int, QVector<Link>> m_links;
    QMap<QByteArray, QString> m_info;
};

} // namespace al
