#include "pdfreportpainter.h"

#include "palette.h"
#include "timexwords.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>

namespace al {

namespace {

constexpr double kDpi = 96.0; // device units: CSS pixels, like the screen renderers
constexpr double kPxToPt = 72.0 / kDpi;
constexpr double kMargin = 72.0;    // 19 mm
constexpr int kEvidenceChars = 360; // a table cell never outgrows a page

const char *const kNegationWords[] = {"not", "never", "declin", "refus", "fail", "reject"};

const QColor kInk(0x1d, 0x1d, 0x1f);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kRule(0xc8, 0xcc, 0xd0);
const QColor kHeaderFill(0xec, 0xee, 0xf1);
const QColor kZebra(0xf7, 0xf8, 0xf9);

using Op = std::function<void(QPainter &)>;

QColor lighter(const QColor &tint)
{
    auto mix = [](int c) { return c + (255 - c) * 35 / 100; };
    return QColor(mix(tint.red()), mix(tint.green()), mix(tint.blue()));
}

QString firstFamily(std::initializer_list<const char *> names, const QString &fallback)
{
    const QStringList families = QFontDatabase::families();
    for (const char *n : names)
        if (families.contains(QString::fromLatin1(n)))
            return QString::fromLatin1(n);
    return fallback;
}

// Fonts resolved for the PDF device. Hinting off and design metrics keep glyph positions exact
// at any resolution; a tiny letter spacing makes Qt 6.4 switch ligatures off (it has no font
// feature API yet), so "fi" stays two letters for search, copy and pdftotext.
QFont makeFont(const QString &family, double points, QFont::Weight weight, const QPaintDevice *device,
               bool italic = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setWeight(weight);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return QFont(f, device);
}

const QLocale &english()
{
    static const QLocale l(QLocale::English, QLocale::UnitedKingdom);
    return l;
}

QString dateSourceWords(DateSource s)
{
    switch (s) {
    case DateSource::Option: return QStringLiteral("given on the command line");
    case DateSource::User: return QStringLiteral("chosen by the reader");
    case DateSource::Metadata: return QStringLiteral("from the file's metadata");
    case DateSource::Text: return QStringLiteral("from a date line in the text");
    case DateSource::File: return QStringLiteral("the file's modification date");
    case DateSource::None: break;
    }
    return QStringLiteral("unknown");
}

QString formatWords(const QString &format)
{
    if (format == QLatin1String("html"))
        return QStringLiteral("HTML page");
    if (format == QLatin1String("markdown"))
        return QStringLiteral("Markdown");
    if (format == QLatin1String("pdf"))
        return QStringLiteral("PDF");
    return QStringLiteral("plain text");
}

QString plural(qsizetype n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromLatin1(n == 1 ? one : many));
}

QString clip(const QString &s, int max)
{
    const QString t = s.simplified();
    return t.size() <= max ? t : t.left(max - 1).trimmed() + QChar(0x2026);
}

struct Cell
{
    QString text;
    QColor swatch;    // a colour chip before the text
    int mention = -1; // the name links to this mention
    QVector<QTextLayout::FormatRange> formats;
};

struct Column
{
    QString title;
    double fraction = 0;
};

// Builds pages as lists of paint operations: layout first (so footers know the page count and
// annotations know where the words are), painting afterwards.
class Composer
{
public:
    Composer(const QPaintDevice *device, const QSizeF &pagePx, const Analysis &analysis,
             const QVector<ExportMention> &mentions)
        : m_device(device), m_page(pagePx), m_analysis(analysis), m_mentions(mentions)
    {
        const QString serif = firstFamily(
            {"Noto Serif", "Source Serif 4", "DejaVu Serif", "Liberation Serif"}, QStringLiteral("serif"));
        const QString sans =
            firstFamily({"Noto Sans", "DejaVu Sans", "Liberation Sans"}, QStringLiteral("sans"));
        body = makeFont(serif, 10.5, QFont::Normal, device);
        title = makeFont(sans, 19, QFont::Bold, device);
        heading = makeFont(sans, 14, QFont::Bold, device);
        subheading = makeFont(sans, 10.5, QFont::Bold, device);
        meta = makeFont(sans, 9, QFont::Normal, device);
        table = makeFont(sans, 8.5, QFont::Normal, device);
        tableBold = makeFont(sans, 8.5, QFont::Bold, device);
        footer = makeFont(sans, 7.5, QFont::Normal, device);
        note = makeFont(sans, 8.5, QFont::Normal, device, true);
        layout.pageSize = m_page * kPxToPt;
        layout.mentions.resize(mentions.size());
        newPage();
    }

    double width() const { return right - left; }
    int pageIndex() const { return int(pages.size()) - 1; }

    // A new page, portrait unless asked (a wide figure gets a landscape page of the same size).
    void newPage(bool wide = false)
    {
        const QSizeF size = wide ? m_page.transposed() : m_page;
        pages.append(QVector<Op>());
        landscape.append(wide);
        layout.pageSizes.append(size * kPxToPt);
        left = kMargin;
        right = size.width() - kMargin;
        top = kMargin;
        bottom = size.height() - kMargin;
        y = top;
    }
    void ensure(double height)
    {
        if (y + height > bottom && y > top)
            newPage();
    }
    void add(Op op) { pages.last().append(std::move(op)); }

    std::shared_ptr<QTextLayout> lay(const QString &text, const QFont &font, double lineWidth,
                                     const QVector<QTextLayout::FormatRange> &formats = {}) const
    {
        auto tl = std::make_shared<QTextLayout>(text, font, const_cast<QPaintDevice *>(m_device));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setUseDesignMetrics(true);
        tl->setTextOption(option);
        if (!formats.isEmpty())
            tl->setFormats(formats);
        tl->beginLayout();
        for (;;) {
            QTextLine line = tl->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max(1.0, lineWidth));
            line.setPosition(QPointF(0, 0)); // placed when painted: lines may fall on different pages
        }
        tl->endLayout();
        return tl;
    }

    static double advance(const QTextLine &line, double factor) { return line.height() * factor; }

    // Flows a paragraph onto pages line by line. Mentions overlapping text[base, base + length)
    // get their line pieces tinted and recorded for the annotations.
    // Article text as laid out: a word joiner (U+2060) after each hyphen inside a word, so a line
    // never ends in "military-" — pdftotext and viewers' copy take such a hyphen for a word
    // broken at the line end and drop it. The joiner is invisible and not written to the PDF.
    struct Joined
    {
        QString text;
        QVector<int> after; // original indices of the hyphens a joiner follows, ascending
        int map(int k) const
        {
            return k + int(std::lower_bound(after.cbegin(), after.cend(), k) - after.cbegin());
        }
    };
    static Joined joinHyphens(const QString &s)
    {
        Joined j;
        j.text.reserve(s.size());
        for (qsizetype i = 0; i < s.size(); ++i) {
            j.text += s[i];
            const bool hyphen = s[i] == QLatin1Char('-') || s[i] == QChar(0x2010);
            if (hyphen && i > 0 && i + 1 < s.size() && s[i - 1].isLetterOrNumber() &&
                s[i + 1].isLetterOrNumber()) {
                j.text += QChar(0x2060);
                j.after.append(int(i));
            }
        }
        return j;
    }

    // Lays out text[base, base + length) of the article and flows it with its highlights, in
    // the structure its reader kept: emphasis, strong and code inside it, and `block` (a
    // heading, list item or quote) for the paragraph as a whole.
    void article(int base, int length, const QFont &font, double factor, const TextStyle *block = nullptr)
    {
        const Joined joined = joinHyphens(m_analysis.text.mid(base, length));
        QVector<QTextLayout::FormatRange> formats;
        for (const TextStyle &s : m_analysis.styles) {
            if (s.end <= base || s.start >= base + length)
                continue;
            QTextLayout::FormatRange r;
            r.start = joined.map(std::max(s.start - base, 0));
            r.length = joined.map(std::min(s.end - base, length)) - r.start;
            if (s.kind == QLatin1String("emphasis"))
                r.format.setFontItalic(true);
            else if (s.kind == QLatin1String("strong"))
                r.format.setFontWeight(QFont::Bold);
            else if (s.kind == QLatin1String("code"))
                r.format.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
            else
                continue;
            formats << r;
        }
        QFont face = font;
        double indent = 0;
        if (block && block->kind == QLatin1String("heading")) {
            face.setBold(true);
            face.setPointSizeF(font.pointSizeF() * (block->level <= 1   ? 1.4
                                                    : block->level == 2 ? 1.25
                                                                        : 1.1));
        } else if (block && (block->kind == QLatin1String("item") || block->kind == QLatin1String("quote"))) {
            indent = 18.0 * std::max(1, block->level) * m_device->logicalDpiX() / 72.0;
            if (block->kind == QLatin1String("quote"))
                face.setItalic(true);
        }
        const auto tl = lay(joined.text, face, width() - indent, formats);
        if (block && block->kind == QLatin1String("item") && tl->lineCount() > 0) {
            // The bullet is drawn beside the first line, never written into the text.
            ensure(tl->lineAt(0).height());
            const QPointF at(left + indent * 0.45, y + tl->lineAt(0).ascent());
            add([at, face](QPainter &p) {
                p.setFont(face);
                p.setPen(kInk);
                p.drawText(at, QStringLiteral("\u2022"));
            });
        }
        flow(tl, left + indent, base, kInk, factor, true, length, &joined);
    }

    // Flows a paragraph onto pages line by line. Mentions overlapping text[base, base + length)
    // get their line pieces tinted and recorded for the annotations.
    void flow(const std::shared_ptr<QTextLayout> &tl, double x, int base, const QColor &ink, double factor,
              bool highlight = false, int length = 0, const Joined *joined = nullptr)
    {
        auto toLayout = [joined](int k) { return joined ? joined->map(k) : k; };
        while (highlight && m_nextMention < m_mentions.size() && m_mentions[m_nextMention].end <= base)
            ++m_nextMention;
        for (int i = 0; i < tl->lineCount(); ++i) {
            const QTextLine line = tl->lineAt(i);
            const double h = line.height();
            ensure(h);
            const double lineTop = y;
            if (highlight) {
                const int ls = line.textStart();
                const int le = ls + line.textLength();
                for (qsizetype m = m_nextMention; m < m_mentions.size(); ++m) {
                    const ExportMention &mention = m_mentions[m];
                    if (mention.start >= base + length)
                        break;
                    int s = std::max(toLayout(std::max(mention.start - base, 0)), ls);
                    int e = std::min(toLayout(std::min(mention.end - base, length)), le);
                    while (s < e && tl->text().at(s).isSpace())
                        ++s;
                    while (e > s && tl->text().at(e - 1).isSpace())
                        --e;
                    if (s >= e)
                        continue;
                    const double x0 = line.cursorToX(s);
                    const double x1 = line.cursorToX(e);
                    const QRectF r(x + std::min(x0, x1) - 1, lineTop, std::abs(x1 - x0) + 2, h);
                    layout.mentions[m].append(
                        {pageIndex(), QRectF(r.topLeft() * kPxToPt, r.size() * kPxToPt)});
                    // The highlight annotation lies over the same rectangle and viewers multiply
                    // its colour in: the tint drawn here is lighter so the two together still
                    // read as the palette's tint, and it alone shows where annotations are hidden.
                    const QColor tint = lighter(mention.background);
                    add([r, tint](QPainter &p) { p.fillRect(r, tint); });
                }
            }
            add([tl, i, x, lineTop, ink](QPainter &p) {
                p.setPen(ink);
                tl->lineAt(i).draw(&p, QPointF(x, lineTop));
            });
            y += advance(line, factor);
        }
    }

    void text(const QString &s, const QFont &font, const QColor &ink, double factor = 1.25, double indent = 0)
    {
        flow(lay(s, font, width() - indent), left + indent, -1, ink, factor);
    }

    void rule(double gap = 8)
    {
        ensure(gap * 2);
        y += gap;
        const double at = y;
        const double l = left, r = right;
        add([at, l, r](QPainter &p) {
            p.setPen(QPen(kRule, 0.75));
            p.drawLine(QPointF(l, at), QPointF(r, at));
        });
        y += gap;
    }

    void section(const QString &name, bool newPageFirst, bool wide = false)
    {
        if (wide)
            newPage(true);
        else if (newPageFirst && (y > top || landscape.last()))
            newPage();
        ensure(QFontMetricsF(heading, m_device).height() * 4);
        layout.sections.append({name, pageIndex(), y * kPxToPt});
        text(name, heading, kInk, 1.2);
        y += 6;
    }

    void legend(const QHash<QString, int> &counts)
    {
        const QFontMetricsF fm(table, m_device);
        const double h = fm.height() + 6;
        ensure(h);
        double x = left;
        for (const QString &type : EntityPalette::types()) {
            if (!counts.contains(type))
                continue;
            const QString label =
                QStringLiteral("%1  %2").arg(EntityPalette::label(type)).arg(counts.value(type));
            const double w = fm.horizontalAdvance(label) + 16;
            if (x + w > right) {
                y += h + 4;
                ensure(h);
                x = left;
            }
            const QRectF chip(x, y, w, h);
            const QColor fill = EntityPalette::highlight(type, false);
            const QColor edge = EntityPalette::base(type);
            const QFont font = table;
            add([chip, fill, edge, label, font](QPainter &p) {
                p.setPen(QPen(edge, 1));
                p.setBrush(fill);
                p.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
                p.setPen(kInk);
                p.setFont(font);
                p.drawText(chip, Qt::AlignCenter, label);
            });
            x += w + 8;
        }
        y += h + 4;
    }

    // A table with wrapped cells; the header row repeats at the top of every page it runs onto.
    void tableRows(const QVector<Column> &columns, const QVector<QVector<Cell>> &rows)
    {
        constexpr double padX = 5, padY = 3.5, swatchSize = 7;
        QVector<double> xs{left};
        for (const Column &c : columns)
            xs.append(xs.last() + c.fraction * width());
        auto rowLayouts = [&](const QVector<Cell> &cells, const QFont &font) {
            QVector<std::shared_ptr<QTextLayout>> out;
            double h = 0;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const Cell cell = c < cells.size() ? cells[c] : Cell{};
                const double inset = cell.swatch.isValid() ? swatchSize + 4 : 0;
                auto tl = lay(cell.text, font, xs[c + 1] - xs[c] - 2 * padX - inset, cell.formats);
                double th = 0;
                for (int i = 0; i < tl->lineCount(); ++i)
                    th += advance(tl->lineAt(i), 1.15);
                h = std::max(h, th);
                out.append(tl);
            }
            return std::make_pair(out, h + 2 * padY);
        };
        auto emitRow = [&](const QVector<Cell> &cells, const QVector<std::shared_ptr<QTextLayout>> &tls,
                           double h, const QColor &fill) {
            const double rowTop = y;
            if (fill.isValid()) {
                const QRectF band(left, rowTop, width(), h);
                add([band, fill](QPainter &p) { p.fillRect(band, fill); });
            }
            for (qsizetype c = 0; c < tls.size(); ++c) {
                const Cell cell = c < cells.size() ? cells[c] : Cell{};
                double cx = xs[c] + padX;
                if (cell.swatch.isValid()) {
                    const QRectF chip(cx, rowTop + padY + 2.5, swatchSize, swatchSize);
                    const QColor colour = cell.swatch;
                    add([chip, colour](QPainter &p) {
                        p.setPen(Qt::NoPen);
                        p.setBrush(colour);
                        p.drawRoundedRect(chip, 1.5, 1.5);
                    });
                    cx += swatchSize + 4;
                }
                const auto tl = tls[c];
                double ly = rowTop + padY;
                for (int i = 0; i < tl->lineCount(); ++i) {
                    const double at = ly;
                    add([tl, i, cx, at](QPainter &p) {
                        p.setPen(kInk);
                        tl->lineAt(i).draw(&p, QPointF(cx, at));
                    });
                    if (i == 0 && cell.mention >= 0)
                        layout.links.append(
                            {pageIndex(),
                             QRectF(QPointF(cx, at) * kPxToPt,
                                    QSizeF(tl->lineAt(0).naturalTextWidth(), tl->lineAt(0).height()) *
                                        kPxToPt),
                             cell.mention});
                    ly += advance(tl->lineAt(i), 1.15);
                }
            }
            const double l = left, r = right, at = rowTop + h;
            add([l, r, at](QPainter &p) {
                p.setPen(QPen(kRule, 0.5));
                p.drawLine(QPointF(l, at), QPointF(r, at));
            });
            y += h;
        };
        QVector<Cell> header;
        for (const Column &c : columns)
            header.append(Cell{c.title, {}, -1, {}});
        // Named copies, not a structured binding: clang 14 (the sanitizer and fuzz build) cannot
        // capture a structured binding in a lambda.
        const auto headerRow = rowLayouts(header, tableBold);
        const auto &headerLayouts = headerRow.first;
        const double headerHeight = headerRow.second;
        auto emitHeader = [&] { emitRow(header, headerLayouts, headerHeight, kHeaderFill); };
        ensure(headerHeight * 3);
        emitHeader();
        int n = 0;
        for (const QVector<Cell> &row : rows) {
            // Long tables (thousands of events) take a while: report, and stop when cancelled.
            if (n % 64 == 63 && tick && !tick())
                return;
            const auto [tls, h] = rowLayouts(row, table);
            if (y + h > bottom) {
                newPage();
                emitHeader();
            }
            emitRow(row, tls, h, (n++ % 2) ? kZebra : QColor());
        }
        y += 10;
    }

    void figure(const PdfReportPainter::FigurePainter &paint, double height)
    {
        ensure(height);
        const QRectF area(left, y, width(), std::min(height, bottom - y));
        add([paint, area](QPainter &p) {
            p.save();
            p.setClipRect(area);
            paint(&p, area);
            p.restore();
        });
        y += area.height() + 10;
    }

    // Where the article's text starts: the next mention to look at.
    qsizetype m_nextMention = 0;
    // Called now and then during long work; false stops it (cancelled).
    std::function<bool()> tick;

    QFont body, title, heading, subheading, meta, table, tableBold, footer, note;
    double left = 0, right = 0, top = 0, bottom = 0, y = 0;
    QVector<QVector<Op>> pages;
    QVector<bool> landscape; // per page
    PdfReportLayout layout;

private:
    const QPaintDevice *m_device;
    QSizeF m_page;
    const Analysis &m_analysis;
    const QVector<ExportMention> &m_mentions;
};

// The first mention of each actor, and of each name when there are no actors.
int firstMention(const QVector<ExportMention> &mentions, const QString &actor)
{
    for (qsizetype i = 0; i < mentions.size(); ++i)
        if (mentions[i].actor == actor)
            return int(i);
    return -1;
}

} // namespace

PdfReportPainter::PdfReportPainter(const Analysis &analysis, const QVector<ExportMention> &mentions,
                                   bool appendix)
    : m_analysis(analysis), m_mentions(mentions), m_appendix(appendix)
{}

PdfReportPainter::~PdfReportPainter() = default;

Result<PdfReportLayout> PdfReportPainter::paint(QPdfWriter &writer, const CancelToken *cancel,
                                                const std::function<void(int)> &progress)
{
    auto cancelled = [cancel] { return cancel && cancel->isCancelled(); };
    auto report = [&](int percent) {
        if (progress)
            progress(std::clamp(percent, 0, 100));
    };
    const Analysis &a = m_analysis;
    const QSizeF pagePx = writer.pageLayout().fullRectPoints().size() / kPxToPt;
    Composer c(&writer, pagePx, a, m_mentions);

    // Page 1: title, source, date, summary, legend.
    const QString fileName = QFileInfo(a.path).fileName();
    int bodyStart = 0;
    if (a.titleEnd > 0 && a.titleEnd <= a.text.size()) {
        c.article(0, a.titleEnd, c.title, 1.2);
        bodyStart = a.titleEnd;
    } else {
        const QString heading = !a.title.isEmpty()   ? a.title
                                : fileName.isEmpty() ? QStringLiteral("Article")
                                                     : fileName;
        c.text(heading, c.title, kInk, 1.2);
    }
    c.y += 4;
    QStringList source;
    if (!fileName.isEmpty())
        source << QStringLiteral("Source: %1 (%2)").arg(fileName, formatWords(a.format));
    if (!a.author.isEmpty())
        source << QStringLiteral("By %1").arg(a.author);
    if (!source.isEmpty())
        c.text(source.join(QStringLiteral(" · ")), c.meta, kMuted);
    c.text(a.date.isValid() ? QStringLiteral("Article date: %1 (%2)")
                                  .arg(english().toString(a.date, QStringLiteral("dddd d MMMM yyyy")),
                                       dateSourceWords(a.dateSource))
                            : QStringLiteral("Article date: unknown"),
           c.meta, kMuted);

    QHash<QString, int> counts;
    int names = 0, dates = 0;
    for (const ExportMention &m : m_mentions) {
        ++counts[m.type];
        (m.type == QLatin1String("DATE") ? dates : names)++;
    }
    QString summary = QStringLiteral("%1, %2 and %3 found; %4 and %5 highlighted.")
                          .arg(plural(a.actors.size(), "actor", "actors"),
                               plural(a.relations.size(), "relationship", "relationships"),
                               plural(a.events.size(), "event", "events"), plural(names, "name", "names"),
                               plural(dates, "date", "dates"));
    c.y += 4;
    c.text(summary, c.subheading, kInk);
    c.y += 4;
    c.legend(counts);
    c.rule(8);
    report(3);

    // The article: paragraphs are the text's lines; blank lines only separate them.
    const QFontMetricsF bodyMetrics(c.body, &writer);
    const double paragraphGap = bodyMetrics.height() * 0.55;
    c.layout.sections.prepend({QStringLiteral("Article"), 0, 0});
    const int textLength = int(a.text.size());
    int pos = bodyStart;
    int paragraphs = 0;
    while (pos < textLength) {
        int end = int(a.text.indexOf(QLatin1Char('\n'), pos));
        if (end < 0)
            end = textLength;
        const QString paragraph = a.text.mid(pos, end - pos);
        if (!paragraph.trimmed().isEmpty()) {
            if (paragraphs++ > 0)
                c.y += paragraphGap;
            // The paragraph's structure (heading, list item, quote), when its reader kept one.
            const TextStyle *block = nullptr;
            for (const TextStyle &s : a.styles)
                if (s.start <= pos && s.end >= end - 1 && s.start < end &&
                    (s.kind == QLatin1String("heading") || s.kind == QLatin1String("item") ||
                     s.kind == QLatin1String("quote")))
                    block = &s;
            if (block && block->kind == QLatin1String("heading"))
                c.y += paragraphGap * 0.6;
            c.article(pos, end - pos, c.body, 1.42, block);
            if (paragraphs % 32 == 0) {
                if (cancelled())
                    return Result<PdfReportLayout>::failure(QStringLiteral("Export cancelled."));
                report(3 + int(47.0 * pos / std::max(1, textLength)));
            }
        }
        pos = end + 1;
    }
    report(50);

    if (m_appendix) {
        // The appendix is worth 5% of the progress, by rows laid out.
        const qsizetype appendixRows =
            std::max<qsizetype>(1, a.actors.size() + a.relations.size() + a.events.size() + a.timexes.size());
        qsizetype rowsDone = 0;
        c.tick = [&] {
            rowsDone += 64;
            report(50 + int(5 * std::min<qsizetype>(rowsDone, appendixRows) / appendixRows));
            return !cancelled();
        };
        // Actors: the resolver's actors, or the names as found when there are none.
        c.section(QStringLiteral("Actors"), true);
        QVector<QVector<Cell>> rows;
        if (!a.actors.isEmpty()) {
            QVector<const Actor *> actors;
            for (const Actor &actor : a.actors)
                actors.append(&actor);
            std::stable_sort(actors.begin(), actors.end(), [](const Actor *x, const Actor *y) {
                return x->mentions.size() != y->mentions.size() ? x->mentions.size() > y->mentions.size()
                                                                : x->name < y->name;
            });
            for (const Actor *actor : actors) {
                QString name = actor->name;
                QVector<QTextLayout::FormatRange> formats;
                QStringList aliases = actor->aliases;
                aliases.removeAll(actor->name);
                if (!aliases.isEmpty()) {
                    const int at = int(name.size()) + 1;
                    name += QChar(QChar::LineSeparator) + QStringLiteral("also ") +
                            aliases.join(QStringLiteral(", "));
                    QTextLayout::FormatRange grey;
                    grey.start = at;
                    grey.length = int(name.size()) - at;
                    grey.format.setForeground(kMuted);
                    formats.append(grey);
                }
                rows.append(
                    {Cell{name, {}, firstMention(m_mentions, actor->id), formats},
                     Cell{EntityPalette::label(actor->type), EntityPalette::base(actor->type), -1, {}},
                     Cell{actor->roles.join(QStringLiteral("; ")), {}, -1, {}},
                     Cell{actor->affiliation, {}, -1, {}},
                     Cell{QString::number(actor->mentions.size()), {}, -1, {}}});
            }
        } else {
            QHash<QString, int> seen; // "TYPE\ttext" → row
            for (qsizetype i = 0; i < m_mentions.size(); ++i) {
                const ExportMention &m = m_mentions[i];
                if (m.type == QLatin1String("DATE"))
                    continue;
                const QString name = a.text.mid(m.start, m.end - m.start).simplified();
                const QString key = m.type + QLatin1Char('\t') + name;
                if (seen.contains(key)) {
                    Cell &count = rows[seen.value(key)][4];
                    count.text = QString::number(count.text.toInt() + 1);
                    continue;
                }
                seen.insert(key, int(rows.size()));
                rows.append({Cell{name, {}, int(i), {}}, Cell{EntityPalette::label(m.type), m.color, -1, {}},
                             Cell{}, Cell{}, Cell{QStringLiteral("1"), {}, -1, {}}});
            }
        }
        if (rows.isEmpty())
            c.text(QStringLiteral("No actors were found in this article."), c.note, kMuted);
        else
            c.tableRows({{QStringLiteral("Name"), 0.27},
                         {QStringLiteral("Type"), 0.15},
                         {QStringLiteral("Role"), 0.25},
                         {QStringLiteral("Affiliation"), 0.21},
                         {QStringLiteral("Mentions"), 0.12}},
                        rows);
        if (cancelled())
            return Result<PdfReportLayout>::failure(QStringLiteral("Export cancelled."));

        // Relationships, with the sentence that says so.
        c.section(QStringLiteral("Relationships"), false);
        rows.clear();
        QVector<const Relation *> relations;
        for (const Relation &r : a.relations)
            relations.append(&r);
        std::stable_sort(relations.begin(), relations.end(),
                         [](const Relation *x, const Relation *y) { return x->start < y->start; });
        auto actorName = [&](const QString &id) {
            const Actor *actor = a.actor(id);
            return actor ? actor->name : id;
        };
        for (const Relation *r : relations) {
            int s0 = r->start, s1 = r->end;
            if (r->sentence >= 0 && r->sentence < a.sentences.size()) {
                s0 = a.sentences[r->sentence].start;
                s1 = a.sentences[r->sentence].end;
            }
            s0 = std::clamp(s0, 0, textLength);
            s1 = std::clamp(s1, s0, textLength);
            QString evidence = a.text.mid(s0, s1 - s0);
            QVector<QTextLayout::FormatRange> formats;
            // Bold the words the relation was read from, when they are inside the evidence.
            const int rs = r->start - s0, re = r->end - s0;
            if (rs >= 0 && re > rs && re <= evidence.size() && re <= kEvidenceChars - 1) {
                QTextLayout::FormatRange bold;
                bold.start = rs;
                bold.length = re - rs;
                bold.format.setFontWeight(QFont::Bold);
                formats.append(bold);
            }
            evidence.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (evidence.size() > kEvidenceChars)
                evidence = evidence.left(kEvidenceChars - 1) + QChar(0x2026);
            QString label = r->label;
            // "declined to meet" says so itself; "meet" with the negated flag needs its "not".
            if (r->negated && !std::any_of(std::begin(kNegationWords), std::end(kNegationWords),
                                           [&](const char *w) { return label.contains(QLatin1String(w)); }))
                label = QStringLiteral("not ") + label;
            if (!r->kind.isEmpty() && r->kind != QLatin1String("interaction") &&
                r->kind != QLatin1String("other"))
                label += QStringLiteral(" (%1)").arg(r->kind);
            const Actor *source = a.actor(r->source);
            const Actor *target = a.actor(r->target);
            rows.append(
                {Cell{actorName(r->source), source ? EntityPalette::base(source->type) : QColor(), -1, {}},
                 Cell{label, {}, -1, {}},
                 Cell{actorName(r->target), target ? EntityPalette::base(target->type) : QColor(), -1, {}},
                 Cell{evidence, {}, -1, formats}});
        }
        if (rows.isEmpty())
            c.text(QStringLiteral("No relationships between actors were found in this article."), c.note,
                   kMuted);
        else
            c.tableRows({{QStringLiteral("Actor"), 0.19},
                         {QStringLiteral("Relationship"), 0.17},
                         {QStringLiteral("Actor"), 0.19},
                         {QStringLiteral("Evidence"), 0.45}},
                        rows);
        if (cancelled())
            return Result<PdfReportLayout>::failure(QStringLiteral("Export cancelled."));

        // Timeline: the renderer's drawing, then the events (or the dates) as a table.
        c.section(QStringLiteral("Timeline"), true);
        if (m_timeline) {
            const double wanted = m_timelineHeight ? m_timelineHeight(c.width()) : 0;
            c.figure(m_timeline, std::clamp(wanted > 0 ? wanted : 320.0, 160.0, (c.bottom - c.top) * 0.6));
        }
        rows.clear();
        if (!a.events.isEmpty()) {
            QVector<const Event *> events;
            for (const Event &e : a.events)
                events.append(&e);
            std::stable_sort(events.begin(), events.end(), [](const Event *x, const Event *y) {
                const QString bx = x->begin.isEmpty() ? QStringLiteral("9999") : x->begin;
                const QString by = y->begin.isEmpty() ? QStringLiteral("9999") : y->begin;
                return bx != by ? bx < by : x->triggerStart < y->triggerStart;
            });
            for (const Event *e : events) {
                QString when = MentionList::readableInterval(e->begin, e->end);
                if (when.isEmpty())
                    when = e->value == QLatin1String("PAST_REF")      ? QStringLiteral("earlier")
                           : e->value == QLatin1String("PRESENT_REF") ? QStringLiteral("now")
                           : e->value == QLatin1String("FUTURE_REF")  ? QStringLiteral("later")
                                                                      : e->value;
                QStringList who;
                for (const QString &id : e->actors)
                    who << actorName(id);
                rows.append({Cell{when.isEmpty() ? QStringLiteral("undated") : when, {}, -1, {}},
                             Cell{e->note.isEmpty()
                                      ? e->label
                                      : e->label + QStringLiteral(" (note: ") + e->note + QLatin1Char(')'),
                                  {},
                                  -1,
                                  {}},
                             Cell{who.join(QStringLiteral(", ")), {}, -1, {}}, Cell{e->status, {}, -1, {}}});
            }
            c.tableRows({{QStringLiteral("When"), 0.2},
                         {QStringLiteral("Event"), 0.42},
                         {QStringLiteral("Who"), 0.24},
                         {QStringLiteral("Status"), 0.14}},
                        rows);
        } else if (!a.timexes.isEmpty()) {
            for (const Timex &t : a.timexes)
                rows.append({Cell{t.text.simplified(), EntityPalette::base(QStringLiteral("DATE")), -1, {}},
                             Cell{EntityPalette::label(t.type), {}, -1, {}}, Cell{t.value, {}, -1, {}},
                             Cell{TimexWords::describe(t), {}, -1, {}}});
            c.tableRows({{QStringLiteral("Expression"), 0.25},
                         {QStringLiteral("Type"), 0.13},
                         {QStringLiteral("Value"), 0.18},
                         {QStringLiteral("Meaning"), 0.44}},
                        rows);
        } else {
            c.text(QStringLiteral("No dated events were found in this article."), c.note, kMuted);
        }

        if (m_graph) {
            // Graphs run wide (one side's cluster beside the other's): a landscape page.
            c.section(QStringLiteral("Relationship graph"), true, true);
            if (!m_graphNote.isEmpty())
                c.text(m_graphNote, c.note, kMuted);
            c.figure(m_graph, c.bottom - c.y);
        }
    }
    if (cancelled())
        return Result<PdfReportLayout>::failure(QStringLiteral("Export cancelled."));
    report(55);

    // Paint.
    QPainter painter;
    if (!painter.begin(&writer))
        return Result<PdfReportLayout>::failure(QStringLiteral("cannot start painting the PDF"));
    painter.setRenderHint(QPainter::Antialiasing);
    const int pageCount = int(c.pages.size());
    const QString footerTitle = clip(!a.title.isEmpty() ? a.title
                                     : a.titleEnd > 0   ? a.text.left(a.titleEnd)
                                                        : fileName,
                                     90);
    for (int p = 0; p < pageCount; ++p) {
        if (p > 0) {
            // QPdfWriter applies a new orientation from the next page on.
            if (c.landscape[p] != c.landscape[p - 1])
                writer.setPageOrientation(c.landscape[p] ? QPageLayout::Landscape : QPageLayout::Portrait);
            if (!writer.newPage()) {
                painter.end();
                return Result<PdfReportLayout>::failure(QStringLiteral("cannot add a page to the PDF"));
            }
        }
        for (const Op &op : c.pages[p])
            op(painter);
        painter.setFont(c.footer);
        painter.setPen(kMuted);
        const QSizeF size = c.layout.pageSizes[p] / kPxToPt;
        const QRectF foot(kMargin, size.height() - kMargin + 24, size.width() - 2 * kMargin, 16);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, footerTitle);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("Page %1 of %2").arg(p + 1).arg(pageCount));
        if (p % 16 == 0) {
            if (cancelled()) {
                painter.end();
                return Result<PdfReportLayout>::failure(QStringLiteral("Export cancelled."));
            }
            report(55 + 45 * p / std::max(1, pageCount));
        }
    }
    painter.end();
    report(100);
    c.layout.pageCount = pageCount;
    return c.layout;
}

} // namespace al
