#pragma once

#include "pdfvalue.h"
#include "result.h"

#include <QHash>
#include <QMap>
#include <QRectF>
#include <QVector>

namespace al {

// Adds objects to a finished PDF by an incremental update (ISO 32000-1, 7.5.6): the original
// bytes are kept as they are and new or changed objects are appended with their own
// cross-reference section and a trailer whose /Prev points to the previous one. It writes the
// outline (bookmarks), internal links and document information of an export, which QPdfWriter
// (Qt 6.4) cannot write and poppler-qt6 22.12 can read but not add, and any other objects, such
// as the appearance streams PdfHighlightWriter gives poppler's highlights. It reads classic
// cross-reference tables (what QPdfWriter and poppler write), cross-reference streams, hybrid
// files and objects in object streams (what most other producers write), and appends a section
// of the same kind as the file's newest. Encrypted files and stream filters other than
// FlateDecode give an error, never a damaged file. Coordinates are PDF user space: points,
// origin at the bottom left of the page. Not thread-safe; one instance per file.
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
    // The dictionary of page `index` (0-based), pending changes first.
    Result<PdfValue> page(int index) const;
    // The latest version of an object (pending changes first); fails when it cannot be read. A
    // stream object is its dictionary.
    Result<PdfValue> object(int number) const;
    // The decoded data of a stream object in the file (FlateDecode, PNG predictors).
    Result<QByteArray> streamData(int number) const;
    const PdfValue &trailer() const { return m_trailer; }
    // The objects the file's newest cross-reference section defines, in number order: what the
    // last writer added or changed. A cross-reference stream is not counted.
    const QVector<int> &newestObjects() const { return m_newest; }
    bool usesCrossReferenceStreams() const { return m_streamSection; }

    // Objects of the update. setObject adds object `number` or replaces it (keeping its
    // generation); a number at or past the file's /Size extends it, and addObject/addStream
    // then number after it. addStream sets the dictionary's /Length.
    void setObject(int number, const PdfValue &value);
    int addObject(const PdfValue &value);
    int addStream(PdfValue dictionary, const QByteArray &data);
    // Takes into this update what `later` added in its newest section, when `later` is this
    // very file with one more incremental update appended (poppler's save of the annotations):
    // finish() then writes those objects once, with this update's changes to them, in place of
    // that update, instead of appending a second copy after it; from then on this reads the
    // file as `later` has it. Fails, changing nothing, when `later` does not extend this file
    // that way or when objects were already added.
    Result<bool> adopt(const PdfIncrementalUpdate &later);

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
        qint64 offset = -1; // in the file; -1 for a free entry or one in an object stream
        int generation = 0;
        int stream = -1; // the object stream that holds it, or -1
        int index = 0;   // its index in that object stream
        bool isFree() const { return offset < 0 && stream < 0; }
    };
    struct Pending
    {
        QByteArray body; // serialized, between "obj" and "endobj"
        int generation = 0;
        bool stream = false;
    };
    struct ObjectStream
    {
        QByteArray data;
        qsizetype first = 0;
        QVector<std::pair<int, qsizetype>> objects; // number, offset after `first`
    };
    struct Located
    {
        int number = 0;
        PdfValue value;
        qsizetype start = 0; // where the value starts, after "obj"
        qsizetype end = 0;   // after the value: where "stream" or "endobj" follows
    };

    PdfIncrementalUpdate() = default;
    Result<bool> readSection(qint64 offset, int depth);
    Result<bool> readTable(qsizetype &pos, QHash<int, Entry> &section);
    Result<PdfValue> readStreamSection(qint64 offset, QHash<int, Entry> &section, bool hybrid, int *self);
    Result<bool> readPageTree(const PdfValue &node, int depth);
    Result<Located> locate(int number, qint64 offset) const;
    Result<std::pair<qsizetype, qsizetype>> streamExtent(const PdfValue &dictionary, qsizetype end) const;
    Result<QByteArray> decode(const PdfValue &dictionary, const QByteArray &raw) const;
    Result<PdfValue> compressedObject(int number, const Entry &entry) const;
    PdfValue destination(int page, double top) const;
    int entryGeneration(int number) const;

    QByteArray m_data;
    qint64 m_lastXref = 0;
    PdfValue m_trailer;
    QHash<int, Entry> m_entries;
    QVector<PdfValue> m_pages; // references, in page order
    int m_size = 0;            // the trailer's /Size: the first free object number
    bool m_streamSection = false;
    QVector<int> m_newest;
    bool m_newestHasFree = false;                     // the newest section frees objects (adopt() refuses it)
    mutable QHash<int, ObjectStream> m_objectStreams; // read on first use

    QMap<int, Pending> m_pending;
    int m_next = 0;        // the next new object number
    qint64 m_keep = -1;    // bytes of m_data that finish() keeps; -1: all of them (see adopt)
    qint64 m_keptXref = 0; // the update's /Prev when adopt() takes the newest section's place
    QVector<OutlineEntry> m_outline;
    QMap<int, QVector<Link>> m_links;
    QMap<QByteArray, QString> m_info;
};

} // namespace al
