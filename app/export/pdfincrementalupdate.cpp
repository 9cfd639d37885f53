#include "pdfincrementalupdate.h"

#include <QDateTime>
#include <QSet>

namespace al {

namespace {

constexpr int kMaxChain = 64;     // /Prev links followed before the file is called broken
constexpr int kMaxTreeDepth = 32; // page-tree nesting
constexpr qint64 kMaxEntries = 8'000'000;

bool isDigits(const QByteArray &t)
{
    if (t.isEmpty())
        return false;
    for (char c : t)
        if (c < '0' || c > '9')
            return false;
    return true;
}

template <typename T> Result<T> fail(const QString &message)
{
    return Result<T>::failure(message);
}

QByteArray xrefEntry(qint64 offset, int generation, char type)
{
    // Exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, type, CR LF (7.5.4).
    return QByteArray::number(offset).rightJustified(10, '0') + ' ' +
           QByteArray::number(generation).rightJustified(5, '0') + ' ' + type + "\r\n";
}

QString pdfDate(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    return QStringLiteral("D:") + utc.toString(QStringLiteral("yyyyMMddHHmmss")) + QStringLiteral("Z");
}

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
    if (!isDigits(offset))
        return fail<PdfIncrementalUpdate>(QStringLiteral("the PDF's startxref has no offset"));
    u.m_lastXref = offset.toLongLong();
    const Result<bool> read = u.readSection(u.m_lastXref, 0);
    if (!read.ok())
        return fail<PdfIncrementalUpdate>(read.error());
    const PdfValue *size = u.m_trailer.value("Size");
    u.m_size = size ? int(size->toInteger(0)) : 0;
    for (auto it = u.m_entries.cbegin(); it != u.m_entries.cend(); ++it)
        u.m_size = std::max(u.m_size, it.key() + 1);

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
    if (keyword != "xref") {
        if (isDigits(keyword))
            return fail<bool>(
                QStringLiteral("the PDF uses cross-reference streams, which this writer cannot amend"));
        return fail<bool>(QStringLiteral("the PDF's cross-reference table is damaged"));
    }
    QSet<int> seenHere;
    for (;;) {
        PdfValue::skipSpace(m_data, pos);
        const qsizetype before = pos;
        const QByteArray first = PdfValue::token(m_data, pos);
        if (first == "trailer")
            break;
        PdfValue::skipSpace(m_data, pos);
        const QByteArray count = PdfValue::token(m_data, pos);
        if (!isDigits(first) || !isDigits(count) || pos == before)
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
            if (!isDigits(fields[0]) || !isDigits(fields[1]) || (fields[2] != "n" && fields[2] != "f"))
                return fail<bool>(QStringLiteral("the PDF's cross-reference table is damaged"));
            const int number = int(start + i);
            // Newer sections are read first; an object they list hides its older versions.
            if (m_entries.contains(number) || seenHere.contains(number))
                continue;
            seenHere.insert(number);
            Entry e;
            e.offset = fields[2] == "n" ? fields[0].toLongLong() : -1;
            e.generation = fields[1].toInt();
            if (!(number == 0 && e.offset < 0))
                m_entries.insert(number, e);
        }
    }
    const std::optional<PdfValue> trailer = PdfValue::parse(m_data, pos);
    if (!trailer || !trailer->isDict())
        return fail<bool>(QStringLiteral("the PDF's trailer is damaged"));
    if (depth == 0)
        m_trailer = *trailer;
    if (trailer->value("XRefStm"))
        return fail<bool>(
            QStringLiteral("the PDF uses cross-reference streams, which this writer cannot amend"));
    if (const PdfValue *prev = trailer->value("Prev")) {
        const qint64 prevOffset = prev->toInteger(-1);
        if (prevOffset < 0)
            return fail<bool>(QStringLiteral("the PDF's trailer has a bad /Prev"));
        return readSection(prevOffset, depth + 1);
    }
    return true;
}

Result<PdfValue> PdfIncrementalUpdate::object(int number) const
{
    const auto it = m_entries.constFind(number);
    if (it == m_entries.cend() || it->offset < 0 || it->offset >= m_data.size())
        return fail<PdfValue>(QStringLiteral("the PDF has no object %1").arg(number));
    qsizetype pos = it->offset;
    QByteArray head[3];
    for (QByteArray &h : head) {
        PdfValue::skipSpace(m_data, pos);
        h = PdfValue::token(m_data, pos);
    }
    if (head[0].toInt() != number || !isDigits(head[1]) || head[2] != "obj")
        return fail<PdfValue>(QStringLiteral("the PDF's object %1 is not where its table says").arg(number));
    const std::optional<PdfValue> value = PdfValue::parse(m_data, pos);
    if (!value)
        return fail<PdfValue>(QStringLiteral("the PDF's object %1 is damaged").arg(number));
    return *value;
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
    int next = m_size;
    QMap<int, QByteArray> bodies; // object number → serialized value
    QHash<int, int> generations;  // of replaced objects; new ones are generation 0
    auto replace = [&](int number, const PdfValue &value) {
        bodies[number] = value.serialize();
        generations[number] = m_entries.value(number).generation;
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
    trailer.remove("Prev");
    trailer.remove("XRefStm");
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

    QByteArray out = m_data;
    if (bodies.isEmpty())
        return out;
    if (!out.endsWith('\n') && !out.endsWith('\r'))
        out += '\n';
    QMap<int, qint64> offsets;
    for (auto it = bodies.cbegin(); it != bodies.cend(); ++it) {
        offsets[it.key()] = out.size();
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(generations.value(it.key(), 0)) +
               " obj\n" + it.value() + "\nendobj\n";
    }
    const qint64 xref = out.size();
    out += "xref\n0 1\n" + xrefEntry(0, 65535, 'f');
    // Subsections of consecutive object numbers (7.5.4).
    auto it = offsets.cbegin();
    while (it != offsets.cend()) {
        auto runEnd = it;
        int count = 0;
        while (runEnd != offsets.cend() && runEnd.key() == it.key() + count) {
            ++runEnd;
            ++count;
        }
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != runEnd; ++it)
            out += xrefEntry(it.value(), generations.value(it.key(), 0), 'n');
    }
    trailer.set("Size", PdfValue::integer(std::max(next, m_size)));
    trailer.set("Prev", PdfValue::integer(m_lastXref));
    out += "trailer\n" + trailer.serialize() + "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace al
