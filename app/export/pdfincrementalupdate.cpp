#include "pdfincrementalupdate.h"

#include <QDateTime>

#include <algorithm>

namespace al {

namespace {

constexpr int kMaxChain = 64;     // /Prev links followed before the file is called broken
constexpr int kMaxTreeDepth = 32; // page-tree nesting
constexpr qint64 kMaxEntries = 8'000'000;
constexpr qsizetype kMaxGuess = 64 * 1024 * 1024; // first buffer for inflating a stream

template <typename T> Result<T> fail(const QString &message)
{
    return Result<T>::failure(message);
}

void appendXrefEntry(QByteArray &out, qint64 offset, int generation, char type)
{
    // Exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, type, CR LF (7.5.4).
    char entry[20];
    for (int i = 9; i >= 0; --i, offset /= 10)
        entry[i] = char('0' + offset % 10);
    entry[10] = ' ';
    for (int i = 15; i >= 11; --i, generation /= 10)
        entry[i] = char('0' + generation % 10);
    entry[16] = ' ';
    entry[17] = type;
    entry[18] = '\r';
    entry[19] = '\n';
    out.append(entry, 20);
}

QString pdfDate(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    return QStringLiteral("D:") + utc.toString(QStringLiteral("yyyyMMddHHmmss")) + QStringLiteral("Z");
}

qint64 integerOf(const PdfValue *v, qint64 fallback)
{
    return v ? v->toInteger(fallback) : fallback;
}

// zlib data (FlateDecode) inflated; qUncompress wants the expected size in front and grows its
// buffer when the guess is short.
std::optional<QByteArray> inflate(const QByteArray &raw)
{
    if (raw.isEmpty())
        return QByteArray();
    const qsizetype guess = std::min<qsizetype>(std::max<qsizetype>(raw.size() * 4, 1024), kMaxGuess);
    QByteArray framed(4, '\0');
    framed[0] = char((guess >> 24) & 0xff);
    framed[1] = char((guess >> 16) & 0xff);
    framed[2] = char((guess >> 8) & 0xff);
    framed[3] = char(guess & 0xff);
    framed += raw;
    QByteArray out = qUncompress(framed);
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

// Undoes the PNG predictors (7.4.4.4, Table 10): each row starts with its filter type byte.
std::optional<QByteArray> unpredict(const QByteArray &in, int colors, int bitsPerComponent, int columns)
{
    const int bpp = std::max(1, colors * bitsPerComponent / 8);
    const qsizetype rowBytes = (qsizetype(colors) * bitsPerComponent * columns + 7) / 8;
    if (rowBytes <= 0)
        return std::nullopt;
    QByteArray out;
    out.reserve(in.size());
    QByteArray previous(rowBytes, '\0');
    for (qsizetype pos = 0; pos + 1 + rowBytes <= in.size(); pos += 1 + rowBytes) {
        const int type = static_cast<unsigned char>(in[pos]);
        QByteArray row = in.mid(pos + 1, rowBytes);
        auto *r = reinterpret_cast<unsigned char *>(row.data());
        const auto *up = reinterpret_cast<const unsigned char *>(previous.constData());
        for (qsizetype i = 0; i < rowBytes; ++i) {
            const int left = i >= bpp ? r[i - bpp] : 0;
            const int above = up[i];
            const int corner = i >= bpp ? up[i - bpp] : 0;
            switch (type) {
            case 0: break;
            case 1: r[i] = static_cast<unsigned char>(r[i] + left); break;
            case 2: r[i] = static_cast<unsigned char>(r[i] + above); break;
            case 3: r[i] = static_cast<unsigned char>(r[i] + (left + above) / 2); break;
            case 4: {
                const int p = left + above - corner;
                const int pa = std::abs(p - left), pb = std::abs(p - above), pc = std::abs(p - corner);
                const int predictor = pa <= pb && pa <= pc ? left : pb <= pc ? above : corner;
                r[i] = static_cast<unsigned char>(r[i] + predictor);
                break;
            }
            default: return std::nullopt;
            }
        }
        out += row;
        previous = row;
    }
    return out;
}

// Keys of a trailer or cross-reference stream dictionary that belong to one section only.
const QByteArray kSectionKeys[] = {"Prev",   "XRefStm",     "Type",   "W",  "Index",
                                   "Filter", "DecodeParms", "Length", "DL", "Size"};

} // namespace

Result<PdfIncrementalUpdate> PdfIncrementalUpdate::open(const QByteArray &pdf)
{
    PdfIncrementalUpdate u;
    u.m_data = pdf;
    if (!pdf.left(1024).contains("%PDF-"))
        return fail<PdfIncrementalUpdate>(QStringLiteral("not a PDF file (no %PDF header)"));
    const qsizetype at = pdf.lastIndexOf("startxref");
    if (at < 0)
        return fail<PdfIncrementalUpdate>(QStringLiteral("the PDF has no startxref"));
    qsizetype pos = at + 9;
    PdfValue::skipSpace(pdf, pos);
    const QByteArray offset = PdfValue::token(pdf, pos);
    if (!PdfValue::isDigits(offset))
        return fail<PdfIncrementalUpdate>(QStringLiteral("the PDF's startxref has no offset"));
    u.m_lastXref = offset.toLongLong();
    const Result<bool> read = u.readSection(u.m_lastXref, 0);
    if (!read.ok())
        return fail<PdfIncrementalUpdate>(read.error());
    // New streams would have to be encrypted with the document's key.
    if (u.m_trailer.value("Encrypt"))
        return fail<PdfIncrementalUpdate>(
            QStringLiteral("the PDF is encrypted, which this writer cannot amend"));
    u.m_size = int(integerOf(u.m_trailer.value("Size"), 0));
    for (auto it = u.m_entries.cbegin(); it != u.m_entries.cend(); ++it)
        u.m_size = std::max(u.m_size, it.key() + 1);
    u.m_next = u.m_size;

    const PdfValue *root = u.m_trailer.value("Root");
    if (!root || !root->isRef())
        return fail<PdfIncrementalUpdate>(QStringLiteral("the PDF's trailer has no /Root"));
    const Result<PdfValue> catalog = u.object(root->objectNumber);
    if (!catalog.ok())
        return fail<PdfIncrementalUpdate>(catalog.error());
    const PdfValue *pages = catalog->value("Pages");
    if (!pages || !pages->isRef())
        return fail<PdfIncrementalUpdate>(QStringLiteral("the PDF's catalog has no /Pages"));
    const Result<bool> tree = u.readPageTree(*pages, 0);
    if (!tree.ok())
        return fail<PdfIncrementalUpdate>(tree.error());
    return u;
}

Result<bool> PdfIncrementalUpdate::readSection(qint64 offset, int depth)
{
    if (depth > kMaxChain)
        return fail<bool>(QStringLiteral("the PDF's cross-reference sections form a loop"));
    if (offset <= 0 || offset >= m_data.size())
        return fail<bool>(
            QStringLiteral("the PDF's cross-reference offset %1 is outside the file").arg(offset));
    qsizetype pos = offset;
    PdfValue::skipSpace(m_data, pos);
    const QByteArray keyword = PdfValue::token(m_data, pos);
    QHash<int, Entry> section;
    PdfValue trailer;
    int self = -1; // a cross-reference stream's own object
    if (keyword == "xref") {
        const Result<bool> table = readTable(pos, section);
        if (!table.ok())
            return table;
        const std::optional<PdfValue> parsed = PdfValue::parse(m_data, pos);
        if (!parsed || !parsed->isDict())
            return fail<bool>(QStringLiteral("the PDF's trailer is damaged"));
        trailer = *parsed;
        // A hybrid file (7.5.8.4): the section continues in a stream that lists the objects in
        // object streams, which the table leaves out or gives as free for older readers.
        if (const PdfValue *stm = trailer.value("XRefStm")) {
            const Result<PdfValue> hybrid = readStreamSection(stm->toInteger(-1), section, true, &self);
            if (!hybrid.ok())
                return fail<bool>(hybrid.error());
        }
    } else if (PdfValue::isDigits(keyword)) {
        const Result<PdfValue> stream = readStreamSection(offset, section, false, &self);
        if (!stream.ok())
            return fail<bool>(stream.error());
        trailer = stream.value();
        if (depth == 0)
            m_streamSection = true;
    } else {
        return fail<bool>(QStringLiteral("the PDF's cross-reference table is damaged"));
    }

    for (auto it = section.cbegin(); it != section.cend(); ++it) {
        // Newer sections are read first; an object they list hides its older versions.
        if (m_entries.contains(it.key()) || (it.key() == 0 && it->isFree()))
            continue;
        m_entries.insert(it.key(), it.value());
    }
    if (depth == 0) {
        m_trailer = trailer;
        for (auto it = section.cbegin(); it != section.cend(); ++it) {
            if (it.key() == 0 || it.key() == self)
                continue;
            if (it->isFree())
                m_newestHasFree = true;
            else
                m_newest.append(it.key());
        }
        std::sort(m_newest.begin(), m_newest.end());
    }
    if (const PdfValue *prev = trailer.value("Prev")) {
        const qint64 prevOffset = prev->toInteger(-1);
        if (prevOffset < 0)
            return fail<bool>(QStringLiteral("the PDF's trailer has a bad /Prev"));
        return readSection(prevOffset, depth + 1);
    }
    return true;
}

Result<bool> PdfIncrementalUpdate::readTable(qsizetype &pos, QHash<int, Entry> &section)
{
    for (;;) {
        PdfValue::skipSpace(m_data, pos);
        const qsizetype before = pos;
        const QByteArray first = PdfValue::token(m_data, pos);
        if (first == "trailer")
            return true;
        PdfValue::skipSpace(m_data, pos);
        const QByteArray count = PdfValue::token(m_data, pos);
        if (!PdfValue::isDigits(first) || !PdfValue::isDigits(count) || pos == before)
            return fail<bool>(QStringLiteral("the PDF's cross-reference table is damaged"));
        const qint64 start = first.toLongLong();
        const qint64 n = count.toLongLong();
        if (start + n > kMaxEntries)
            return fail<bool>(QStringLiteral("the PDF's cross-reference table is implausibly large"));
        for (qint64 i = 0; i < n; ++i) {
            QByteArray fields[3];
            for (QByteArray &f : fields) {
                PdfValue::skipSpace(m_data, pos);
                f = PdfValue::token(m_data, pos);
            }
            if (!PdfValue::isDigits(fields[0]) || !PdfValue::isDigits(fields[1]) ||
                (fields[2] != "n" && fields[2] != "f"))
                return fail<bool>(QStringLiteral("the PDF's cross-reference table is damaged"));
            const int number = int(start + i);
            if (section.contains(number))
                continue;
            Entry e;
            e.offset = fields[2] == "n" ? fields[0].toLongLong() : -1;
            e.generation = fields[1].toInt();
            section.insert(number, e);
        }
    }
}

Result<PdfValue> PdfIncrementalUpdate::readStreamSection(qint64 offset, QHash<int, Entry> &section,
                                                         bool hybrid, int *self)
{
    auto damaged = [] {
        return fail<PdfValue>(QStringLiteral("the PDF's cross-reference stream is damaged"));
    };
    if (offset <= 0 || offset >= m_data.size())
        return fail<PdfValue>(
            QStringLiteral("the PDF's cross-reference offset %1 is outside the file").arg(offset));
    const Result<Located> at = locate(-1, offset);
    if (!at.ok())
        return fail<PdfValue>(QStringLiteral("the PDF's cross-reference table is damaged"));
    const PdfValue &dict = at->value;
    const PdfValue *type = dict.value("Type");
    if (!dict.isDict() || !type || !type->isName("XRef"))
        return fail<PdfValue>(QStringLiteral("the PDF's cross-reference table is damaged"));
    if (self)
        *self = at->number;
    const Result<std::pair<qsizetype, qsizetype>> extent = streamExtent(dict, at->end);
    if (!extent.ok())
        return fail<PdfValue>(extent.error());
    const Result<QByteArray> data = decode(dict, m_data.mid(extent->first, extent->second));
    if (!data.ok())
        return fail<PdfValue>(data.error());

    const PdfValue *w = dict.value("W");
    if (!w || !w->isArray() || w->items.size() != 3)
        return damaged();
    int widths[3];
    for (int i = 0; i < 3; ++i) {
        widths[i] = int(w->items[i].toInteger(-1));
        if (widths[i] < 0 || widths[i] > 8)
            return damaged();
    }
    const qsizetype rowBytes = widths[0] + widths[1] + widths[2];
    if (rowBytes == 0)
        return damaged();
    QVector<qint64> index;
    if (const PdfValue *ix = dict.value("Index")) {
        if (!ix->isArray() || ix->items.size() % 2)
            return damaged();
        for (const PdfValue &v : ix->items)
            index.append(v.toInteger(-1));
    } else {
        index = {0, integerOf(dict.value("Size"), -1)};
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(data->constData());
    qsizetype pos = 0;
    auto field = [&](int width, qint64 fallback) {
        if (width == 0)
            return fallback;
        qint64 v = 0;
        for (int k = 0; k < width; ++k)
            v = (v << 8) | bytes[pos++];
        return v;
    };
    for (qsizetype s = 0; s < index.size(); s += 2) {
        const qint64 start = index[s], count = index[s + 1];
        if (start < 0 || count < 0 || start + count > kMaxEntries)
            return damaged();
        if (pos + count * rowBytes > data->size())
            return damaged();
        for (qint64 i = 0; i < count; ++i) {
            const qint64 kind = field(widths[0], 1);
            const qint64 f1 = field(widths[1], 0);
            const qint64 f2 = field(widths[2], 0);
            const int number = int(start + i);
            // A table row of a hybrid section wins unless it calls the object free.
            if (section.contains(number) && !(hybrid && section[number].isFree()))
                continue;
            Entry e;
            if (kind == 1) {
                e.offset = f1;
                e.generation = int(f2);
            } else if (kind == 2) {
                e.stream = int(f1);
                e.index = int(f2);
            } else if (kind == 0) {
                e.generation = int(f2);
            } else {
                continue; // types 3 and up are reserved; readers treat them as null objects
            }
            section.insert(number, e);
        }
    }
    return dict;
}

Result<PdfIncrementalUpdate::Located> PdfIncrementalUpdate::locate(int number, qint64 offset) const
{
    auto where = [number] {
        return number >= 0 ? QStringLiteral("object %1").arg(number) : QStringLiteral("object");
    };
    if (offset < 0 || offset >= m_data.size())
        return fail<Located>(QStringLiteral("the PDF's %1 is outside the file").arg(where()));
    qsizetype pos = offset;
    QByteArray head[3];
    for (QByteArray &h : head) {
        PdfValue::skipSpace(m_data, pos);
        h = PdfValue::token(m_data, pos);
    }
    if (!PdfValue::isDigits(head[0]) || !PdfValue::isDigits(head[1]) || head[2] != "obj" ||
        (number >= 0 && head[0].toInt() != number))
        return fail<Located>(QStringLiteral("the PDF's %1 is not where its table says").arg(where()));
    Located l;
    l.number = head[0].toInt();
    PdfValue::skipSpace(m_data, pos);
    l.start = pos;
    const std::optional<PdfValue> value = PdfValue::parse(m_data, pos);
    if (!value)
        return fail<Located>(QStringLiteral("the PDF's %1 is damaged").arg(where()));
    l.value = *value;
    l.end = pos;
    return l;
}

Result<std::pair<qsizetype, qsizetype>> PdfIncrementalUpdate::streamExtent(const PdfValue &dictionary,
                                                                           qsizetype end) const
{
    using Extent = std::pair<qsizetype, qsizetype>;
    qsizetype pos = end;
    PdfValue::skipSpace(m_data, pos);
    if (!dictionary.isDict() || PdfValue::token(m_data, pos) != "stream")
        return fail<Extent>(QStringLiteral("the PDF has a stream without data"));
    // The keyword ends with CR LF or LF (7.3.8.1); a lone CR is tolerated.
    if (pos < m_data.size() && m_data[pos] == '\r')
        ++pos;
    if (pos < m_data.size() && m_data[pos] == '\n')
        ++pos;
    const qsizetype start = pos;
    qint64 length = -1;
    if (const PdfValue *l = dictionary.value("Length")) {
        if (l->isRef()) {
            const Result<PdfValue> resolved = object(l->objectNumber);
            if (resolved.ok())
                length = resolved->toInteger(-1);
        } else {
            length = l->toInteger(-1);
        }
    }
    auto endsThere = [&](qint64 n) {
        if (n < 0 || start + n > m_data.size())
            return false;
        qsizetype after = start + n;
        PdfValue::skipSpace(m_data, after);
        return m_data.mid(after, 9) == "endstream";
    };
    if (!endsThere(length)) {
        // A wrong /Length: the data runs to the end-of-line before "endstream".
        const qsizetype at = m_data.indexOf("endstream", start);
        if (at < 0)
            return fail<Extent>(QStringLiteral("the PDF has a stream without an end"));
        length = at - start;
        if (length > 0 && m_data[start + length - 1] == '\n')
            --length;
        if (length > 0 && m_data[start + length - 1] == '\r')
            --length;
    }
    return Extent(start, qsizetype(length));
}

Result<QByteArray> PdfIncrementalUpdate::decode(const PdfValue &dictionary, const QByteArray &raw) const
{
    QVector<PdfValue> filters;
    if (const PdfValue *f = dictionary.value("Filter"))
        filters = f->isArray() ? f->items : QVector<PdfValue>{*f};
    if (filters.isEmpty())
        return raw;
    if (filters.size() > 1 || !(filters[0].isName("FlateDecode") || filters[0].isName("Fl")))
        return fail<QByteArray>(QStringLiteral("the PDF uses a stream filter (%1) this writer cannot read")
                                    .arg(QString::fromLatin1(filters.constLast().serialize())));
    const std::optional<QByteArray> inflated = inflate(raw);
    if (!inflated)
        return fail<QByteArray>(QStringLiteral("a compressed stream of the PDF is damaged"));
    const PdfValue *parms = dictionary.value("DecodeParms");
    if (parms && parms->isArray())
        parms = parms->items.isEmpty() ? nullptr : &parms->items[0];
    if (!parms || !parms->isDict())
        return *inflated;
    const qint64 predictor = integerOf(parms->value("Predictor"), 1);
    if (predictor <= 1)
        return *inflated;
    if (predictor < 10)
        return fail<QByteArray>(
            QStringLiteral("the PDF uses the TIFF predictor, which this writer cannot read"));
    const std::optional<QByteArray> rows = unpredict(*inflated, int(integerOf(parms->value("Colors"), 1)),
                                                     int(integerOf(parms->value("BitsPerComponent"), 8)),
                                                     int(integerOf(parms->value("Columns"), 1)));
    if (!rows)
        return fail<QByteArray>(QStringLiteral("a compressed stream of the PDF is damaged"));
    return *rows;
}

Result<PdfValue> PdfIncrementalUpdate::compressedObject(int number, const Entry &entry) const
{
    auto damaged = [&] {
        return fail<PdfValue>(QStringLiteral("the PDF's object stream %1 is damaged").arg(entry.stream));
    };
    auto cached = m_objectStreams.constFind(entry.stream);
    if (cached == m_objectStreams.cend()) {
        const Entry holder = m_entries.value(entry.stream);
        if (holder.offset < 0)
            return fail<PdfValue>(QStringLiteral("the PDF has no object %1").arg(number));
        const Result<Located> at = locate(entry.stream, holder.offset);
        if (!at.ok())
            return fail<PdfValue>(at.error());
        const PdfValue *type = at->value.value("Type");
        if (!type || !type->isName("ObjStm"))
            return damaged();
        const Result<std::pair<qsizetype, qsizetype>> extent = streamExtent(at->value, at->end);
        if (!extent.ok())
            return fail<PdfValue>(extent.error());
        const Result<QByteArray> data = decode(at->value, m_data.mid(extent->first, extent->second));
        if (!data.ok())
            return fail<PdfValue>(data.error());
        ObjectStream s;
        s.data = data.value();
        s.first = qsizetype(integerOf(at->value.value("First"), -1));
        const qint64 n = integerOf(at->value.value("N"), -1);
        if (s.first < 0 || s.first > s.data.size() || n < 0 || n > s.data.size())
            return damaged();
        qsizetype pos = 0;
        for (qint64 i = 0; i < n; ++i) {
            PdfValue::skipSpace(s.data, pos);
            const QByteArray num = PdfValue::token(s.data, pos);
            PdfValue::skipSpace(s.data, pos);
            const QByteArray off = PdfValue::token(s.data, pos);
            if (!PdfValue::isDigits(num) || !PdfValue::isDigits(off))
                return damaged();
            s.objects.append({num.toInt(), off.toLongLong()});
        }
        cached = m_objectStreams.insert(entry.stream, s);
    }
    const ObjectStream &s = cached.value();
    qsizetype offset = -1;
    if (entry.index >= 0 && entry.index < s.objects.size() && s.objects[entry.index].first == number)
        offset = s.objects[entry.index].second;
    for (qsizetype i = 0; offset < 0 && i < s.objects.size(); ++i)
        if (s.objects[i].first == number)
            offset = s.objects[i].second;
    if (offset < 0)
        return fail<PdfValue>(QStringLiteral("the PDF has no object %1").arg(number));
    qsizetype pos = s.first + offset;
    const std::optional<PdfValue> value = PdfValue::parse(s.data, pos);
    if (!value)
        return fail<PdfValue>(QStringLiteral("the PDF's object %1 is damaged").arg(number));
    return *value;
}

Result<PdfValue> PdfIncrementalUpdate::object(int number) const
{
    const auto pending = m_pending.constFind(number);
    if (pending != m_pending.cend()) {
        qsizetype pos = 0;
        const std::optional<PdfValue> value = PdfValue::parse(pending->body, pos);
        if (!value)
            return fail<PdfValue>(QStringLiteral("the PDF's object %1 is damaged").arg(number));
        return *value;
    }
    const auto it = m_entries.constFind(number);
    if (it == m_entries.cend() || it->isFree())
        return fail<PdfValue>(QStringLiteral("the PDF has no object %1").arg(number));
    if (it->stream >= 0)
        return compressedObject(number, it.value());
    const Result<Located> at = locate(number, it->offset);
    if (!at.ok())
        return fail<PdfValue>(at.error());
    return at->value;
}

Result<QByteArray> PdfIncrementalUpdate::streamData(int number) const
{
    const auto it = m_entries.constFind(number);
    if (it == m_entries.cend() || it->offset < 0)
        return fail<QByteArray>(QStringLiteral("the PDF has no stream object %1").arg(number));
    const Result<Located> at = locate(number, it->offset);
    if (!at.ok())
        return fail<QByteArray>(at.error());
    const Result<std::pair<qsizetype, qsizetype>> extent = streamExtent(at->value, at->end);
    if (!extent.ok())
        return fail<QByteArray>(extent.error());
    return decode(at->value, m_data.mid(extent->first, extent->second));
}

Result<PdfValue> PdfIncrementalUpdate::page(int index) const
{
    if (index < 0 || index >= m_pages.size())
        return fail<PdfValue>(QStringLiteral("the PDF has no page %1").arg(index + 1));
    return object(m_pages[index].objectNumber);
}

Result<bool> PdfIncrementalUpdate::readPageTree(const PdfValue &node, int depth)
{
    if (depth > kMaxTreeDepth || !node.isRef())
        return fail<bool>(QStringLiteral("the PDF's page tree is damaged"));
    const Result<PdfValue> object = this->object(node.objectNumber);
    if (!object.ok())
        return fail<bool>(object.error());
    if (!object->isDict())
        return fail<bool>(QStringLiteral("the PDF's page tree is damaged"));
    const PdfValue *kids = object->value("Kids");
    const PdfValue *type = object->value("Type");
    if (kids && (!type || type->isName("Pages"))) {
        if (!kids->isArray())
            return fail<bool>(QStringLiteral("the PDF's page tree is damaged"));
        for (const PdfValue &kid : kids->items) {
            const Result<bool> r = readPageTree(kid, depth + 1);
            if (!r.ok())
                return r;
        }
        return true;
    }
    m_pages.append(node);
    return true;
}

int PdfIncrementalUpdate::entryGeneration(int number) const
{
    const auto pending = m_pending.constFind(number);
    if (pending != m_pending.cend())
        return pending->generation;
    const Entry e = m_entries.value(number);
    return e.stream >= 0 ? 0 : e.generation; // a free entry holds the generation its next use gets
}

void PdfIncrementalUpdate::setObject(int number, const PdfValue &value)
{
    m_pending[number] = Pending{value.serialize(), entryGeneration(number), false};
    m_next = std::max(m_next, number + 1);
}

int PdfIncrementalUpdate::addObject(const PdfValue &value)
{
    const int number = m_next++;
    m_pending[number] = Pending{value.serialize(), 0, false};
    return number;
}

int PdfIncrementalUpdate::addStream(PdfValue dictionary, const QByteArray &data)
{
    dictionary.set("Length", PdfValue::integer(data.size()));
    const int number = m_next++;
    QByteArray body;
    body.reserve(data.size() + 256);
    dictionary.serializeTo(body);
    body += "\nstream\n";
    body += data;
    body += "\nendstream";
    m_pending[number] = Pending{body, 0, true};
    return number;
}

Result<bool> PdfIncrementalUpdate::adopt(const PdfIncrementalUpdate &later)
{
    auto refuse = [](const QString &why) {
        return fail<bool>(QStringLiteral("cannot take the update over: ") + why);
    };
    if (!m_pending.isEmpty() || m_keep >= 0)
        return refuse(QStringLiteral("this update already has objects"));
    if (later.m_data.size() <= m_data.size() || !later.m_data.startsWith(m_data))
        return refuse(QStringLiteral("the other file does not extend this one"));
    if (integerOf(later.m_trailer.value("Prev"), -1) != m_lastXref)
        return refuse(QStringLiteral("the other file's newest section does not follow this file's"));
    if (later.m_newestHasFree)
        return refuse(QStringLiteral("the other file's update frees objects"));
    for (int number : later.m_newest) {
        const Entry e = later.m_entries.value(number);
        if (e.offset < m_data.size())
            return refuse(QStringLiteral("an object of the other file's update is not in its appended part"));
    }
    const qint64 keep = m_data.size();
    const qint64 keptXref = m_lastXref;
    m_data = later.m_data;
    m_lastXref = later.m_lastXref;
    m_trailer = later.m_trailer;
    m_entries = later.m_entries;
    m_pages = later.m_pages;
    m_size = later.m_size;
    m_streamSection = later.m_streamSection;
    m_newest = later.m_newest;
    m_newestHasFree = false;
    m_objectStreams.clear();
    m_next = std::max(m_next, later.m_next);
    m_keep = keep;
    m_keptXref = keptXref;
    return true;
}

void PdfIncrementalUpdate::setOutline(const QVector<OutlineEntry> &entries)
{
    m_outline = entries;
}

void PdfIncrementalUpdate::addLink(int page, const QRectF &rect, int destinationPage, double destinationTop)
{
    m_links[page].append(Link{rect, destinationPage, destinationTop});
}

void PdfIncrementalUpdate::setInfo(const QMap<QByteArray, QString> &info)
{
    m_info = info;
}

PdfValue PdfIncrementalUpdate::destination(int page, double top) const
{
    // [page /XYZ left top zoom]; a null zoom keeps the reader's zoom.
    return PdfValue::array({m_pages.value(std::clamp(page, 0, int(m_pages.size()) - 1)),
                            PdfValue::name("XYZ"), PdfValue::integer(0), PdfValue::number(top),
                            PdfValue::null()});
}

Result<QByteArray> PdfIncrementalUpdate::finish() const
{
    int next = m_next;
    QMap<int, QByteArray> bodies; // object number → serialized value
    QHash<int, int> generations;  // of replaced objects; new ones are generation 0
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        bodies[it.key()] = it->body;
        generations[it.key()] = it->generation;
    }
    if (m_keep >= 0) {
        // The adopted update's objects that nothing replaced, copied as they are.
        for (int number : m_newest) {
            if (bodies.contains(number))
                continue;
            const Entry e = m_entries.value(number);
            const Result<Located> at = locate(number, e.offset);
            if (!at.ok())
                return fail<QByteArray>(at.error());
            qsizetype end = at->end;
            qsizetype ahead = end;
            PdfValue::skipSpace(m_data, ahead);
            const bool stream = m_data.mid(ahead, 6) == "stream";
            if (stream) {
                const Result<std::pair<qsizetype, qsizetype>> extent = streamExtent(at->value, at->end);
                if (!extent.ok())
                    return fail<QByteArray>(extent.error());
                end = extent->first + extent->second;
            }
            QByteArray &body = bodies[number];
            body = m_data.mid(at->start, end - at->start);
            if (stream)
                body += "\nendstream";
            generations[number] = e.generation;
        }
    }
    auto replace = [&](int number, const PdfValue &value) {
        bodies[number] = value.serialize();
        generations[number] = entryGeneration(number);
    };

    const PdfValue *root = m_trailer.value("Root");
    if (!root || !root->isRef())
        return fail<QByteArray>(QStringLiteral("the PDF's trailer has no /Root"));
    Result<PdfValue> catalog = object(root->objectNumber);
    if (!catalog.ok())
        return fail<QByteArray>(catalog.error());
    bool catalogChanged = false;
    if (!m_outline.isEmpty() && !m_pages.isEmpty()) {
        const int outlines = next++;
        QVector<int> numbers;
        for (qsizetype i = 0; i < m_outline.size(); ++i)
            numbers.append(next++);
        // Parent of each entry: the outline root, or the previous top-level entry for a child.
        QVector<int> parent(m_outline.size(), -1);
        int lastTop = -1;
        for (qsizetype i = 0; i < m_outline.size(); ++i) {
            if (m_outline[i].level > 0 && lastTop >= 0)
                parent[i] = lastTop;
            else
                lastTop = int(i);
        }
        auto siblings = [&](int p) {
            QVector<int> out;
            for (qsizetype i = 0; i < m_outline.size(); ++i)
                if (parent[i] == p)
                    out.append(int(i));
            return out;
        };
        const QVector<int> top = siblings(-1);
        int visible = int(top.size());
        for (qsizetype i = 0; i < m_outline.size(); ++i) {
            PdfValue item = PdfValue::dict();
            item.set("Title", PdfValue::text(m_outline[i].title));
            item.set("Parent", PdfValue::ref(parent[i] < 0 ? outlines : numbers[parent[i]]));
            const QVector<int> peers = siblings(parent[i]);
            const qsizetype at = peers.indexOf(int(i));
            if (at > 0)
                item.set("Prev", PdfValue::ref(numbers[peers[at - 1]]));
            if (at + 1 < peers.size())
                item.set("Next", PdfValue::ref(numbers[peers[at + 1]]));
            const QVector<int> children = siblings(int(i));
            if (!children.isEmpty()) {
                item.set("First", PdfValue::ref(numbers[children.first()]));
                item.set("Last", PdfValue::ref(numbers[children.last()]));
                item.set("Count", PdfValue::integer(children.size())); // positive: shown open
                visible += int(children.size());
            }
            item.set("Dest", destination(m_outline[i].page, m_outline[i].top));
            bodies[numbers[i]] = item.serialize();
        }
        PdfValue outlineRoot = PdfValue::dict();
        outlineRoot.set("Type", PdfValue::name("Outlines"));
        outlineRoot.set("First", PdfValue::ref(numbers[top.first()]));
        outlineRoot.set("Last", PdfValue::ref(numbers[top.last()]));
        outlineRoot.set("Count", PdfValue::integer(visible));
        bodies[outlines] = outlineRoot.serialize();
        catalog->set("Outlines", PdfValue::ref(outlines));
        catalog->set("PageMode", PdfValue::name("UseOutlines"));
        catalogChanged = true;
    }

    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        if (it.key() < 0 || it.key() >= m_pages.size())
            continue;
        const PdfValue pageRef = m_pages[it.key()];
        QVector<PdfValue> refs;
        for (const Link &link : it.value()) {
            PdfValue annot = PdfValue::dict();
            annot.set("Type", PdfValue::name("Annot"));
            annot.set("Subtype", PdfValue::name("Link"));
            const QRectF r = link.rect.normalized();
            annot.set("Rect", PdfValue::array({PdfValue::number(r.left()), PdfValue::number(r.top()),
                                               PdfValue::number(r.right()), PdfValue::number(r.bottom())}));
            annot.set("Border",
                      PdfValue::array({PdfValue::integer(0), PdfValue::integer(0), PdfValue::integer(0)}));
            annot.set("F", PdfValue::integer(4)); // print
            annot.set("P", pageRef);
            annot.set("Dest", destination(link.destinationPage, link.destinationTop));
            const int number = next++;
            bodies[number] = annot.serialize();
            refs.append(PdfValue::ref(number));
        }
        Result<PdfValue> page = object(pageRef.objectNumber);
        if (!page.ok() || !page->isDict())
            return fail<QByteArray>(page.ok() ? QStringLiteral("a page of the PDF is damaged")
                                              : page.error());
        const PdfValue *annots = page->value("Annots");
        if (annots && annots->isRef()) {
            // QPdfWriter keeps each page's annotation array as its own object: amend that.
            Result<PdfValue> array = object(annots->objectNumber);
            if (!array.ok() || !array->isArray())
                return fail<QByteArray>(QStringLiteral("a page's annotation list in the PDF is damaged"));
            array->items += refs;
            replace(annots->objectNumber, array.value());
        } else {
            PdfValue array = annots && annots->isArray() ? *annots : PdfValue::array();
            array.items += refs;
            page->set("Annots", array);
            replace(pageRef.objectNumber, page.value());
        }
    }

    PdfValue trailer = m_trailer;
    for (const QByteArray &key : kSectionKeys)
        trailer.remove(key);
    if (!m_info.isEmpty()) {
        PdfValue info = PdfValue::dict();
        for (auto it = m_info.cbegin(); it != m_info.cend(); ++it)
            if (!it.value().isEmpty())
                info.set(it.key(), PdfValue::text(it.value()));
        const QString now = pdfDate(QDateTime::currentDateTimeUtc());
        if (!m_info.contains("CreationDate"))
            info.set("CreationDate", PdfValue::text(now));
        info.set("ModDate", PdfValue::text(now));
        const int number = next++;
        bodies[number] = info.serialize();
        trailer.set("Info", PdfValue::ref(number));
    }
    if (catalogChanged)
        replace(root->objectNumber, catalog.value());

    if (bodies.isEmpty() && m_keep < 0)
        return m_data;
    QByteArray out = m_keep >= 0 ? m_data.left(m_keep) : m_data;
    qsizetype bodyBytes = 0;
    for (const QByteArray &body : bodies)
        bodyBytes += body.size() + 32;
    out.reserve(out.size() + bodyBytes + bodies.size() * 20 + 1024);
    if (!out.endsWith('\n') && !out.endsWith('\r'))
        out += '\n';
    QMap<int, qint64> offsets;
    for (auto it = bodies.cbegin(); it != bodies.cend(); ++it) {
        offsets[it.key()] = out.size();
        out += QByteArray::number(it.key());
        out += ' ';
        out += QByteArray::number(generations.value(it.key(), 0));
        out += " obj\n";
        out += it.value();
        out += "\nendobj\n";
    }
    // Subsections of consecutive object numbers (7.5.4, 7.5.8.2).
    auto runs = [](const QMap<int, qint64> &entries) {
        QVector<std::pair<int, int>> out; // first number, count
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (!out.isEmpty() && out.last().first + out.last().second == it.key())
                ++out.last().second;
            else
                out.append({it.key(), 1});
        }
        return out;
    };
    const qint64 prev = m_keep >= 0 ? m_keptXref : m_lastXref;
    const qint64 xref = out.size();
    if (m_streamSection) {
        // The file's newest section is a cross-reference stream, so this one is too: rows of
        // type (1 byte), offset, generation (2 bytes), uncompressed.
        const int self = next++;
        offsets[self] = xref;
        int width = 1;
        while (width < 8 && (xref >> (8 * width)) > 0)
            ++width;
        QByteArray rows;
        rows.reserve(offsets.size() * (3 + width));
        for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
            rows += char(1);
            for (int k = width - 1; k >= 0; --k)
                rows += char((it.value() >> (8 * k)) & 0xff);
            const int generation = generations.value(it.key(), 0);
            rows += char((generation >> 8) & 0xff);
            rows += char(generation & 0xff);
        }
        QVector<PdfValue> index;
        for (const auto &[first, count] : runs(offsets))
            index << PdfValue::integer(first) << PdfValue::integer(count);
        trailer.set("Type", PdfValue::name("XRef"));
        trailer.set("Size", PdfValue::integer(std::max(next, m_size)));
        trailer.set("Index", PdfValue::array(index));
        trailer.set("W",
                    PdfValue::array({PdfValue::integer(1), PdfValue::integer(width), PdfValue::integer(2)}));
        trailer.set("Prev", PdfValue::integer(prev));
        trailer.set("Length", PdfValue::integer(rows.size()));
        out += QByteArray::number(self) + " 0 obj\n" + trailer.serialize() + "\nstream\n";
        out += rows;
        out += "\nendstream\nendobj\n";
    } else {
        out += "xref\n0 1\n";
        appendXrefEntry(out, 0, 65535, 'f');
        auto it = offsets.cbegin();
        for (const auto &[first, count] : runs(offsets)) {
            out += QByteArray::number(first) + ' ' + QByteArray::number(count) + '\n';
            for (int k = 0; k < count; ++k, ++it)
                appendXrefEntry(out, it.value(), generations.value(it.key(), 0), 'n');
        }
        trailer.set("Size", PdfValue::integer(std::max(next, m_size)));
        trailer.set("Prev", PdfValue::integer(prev));
        out += "trailer\n" + trailer.serialize();
    }
    out += "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace al
