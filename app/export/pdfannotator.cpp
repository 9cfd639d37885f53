#include "pdfannotator.h"

#include "mentionlist.h"
#include "outputguard.h"
#include "pdfexporter.h"
#include "pdfhighlightwriter.h"
#include "textaligner.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <memory>

namespace al {

namespace {

constexpr int kSearchWindow = 600; // characters around a scattered mention searched for its words

// One character of the pages' text, where poppler put it.
struct PageChar
{
    int page = 0;
    QRectF box; // points, origin top left
};

// Characters compared case-insensitively, with compatibility forms unfolded (ligatures, full
// width), typographic quotes and dashes as ASCII, and white space and soft hyphens dropped: the
// differences between a PDF's glyphs and the text a reader made of them.
void fold(const QString &piece, QString &out)
{
    const QString n = piece.normalized(QString::NormalizationForm_KC);
    for (QChar c : n) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == 0x00AD || u == 0x200B || u == 0xFEFF)
            continue;
        if (u == 0x2018 || u == 0x2019 || u == 0x201A || u == 0x201B || u == 0x2032)
            c = QLatin1Char('\'');
        else if (u == 0x201C || u == 0x201D || u == 0x201E || u == 0x201F || u == 0x2033)
            c = QLatin1Char('"');
        else if (u >= 0x2010 && u <= 0x2015)
            c = QLatin1Char('-');
        out += c.toLower();
    }
}

} // namespace

PdfAnnotator::PdfAnnotator(QStringList types) : m_types(std::move(types)) {}

Result<QByteArray> PdfAnnotator::render(const Analysis &analysis, const QByteArray &sourcePdf,
                                        const CancelToken *cancel, const ProgressFunction &progress,
                                        Summary *summary) const
{
    auto report = [&](int percent, const QString &stage) {
        if (progress)
            progress(std::clamp(percent, 0, 100), stage);
    };
    auto cancelled = [&] { return Result<QByteArray>::failure(QStringLiteral("Export cancelled.")); };
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(sourcePdf);
    if (!doc)
        return Result<QByteArray>::failure(QStringLiteral("the original PDF could not be opened"));
    if (doc->isLocked())
        return Result<QByteArray>::failure(QStringLiteral("the original PDF is password-protected"));

    // The pages' characters in poppler's reading order, folded the same way as the analysis.
    report(0, QStringLiteral("Reading the original pages"));
    QString pageText;
    QVector<PageChar> chars;
    QVector<QSizeF> pageSizes;
    const int pageCount = doc->numPages();
    for (int n = 0; n < pageCount; ++n) {
        if (cancel && cancel->isCancelled())
            return cancelled();
        std::unique_ptr<Poppler::Page> page = doc->page(n);
        pageSizes.append(page ? page->pageSizeF() : QSizeF());
        if (!page)
            continue;
        const std::vector<std::unique_ptr<Poppler::TextBox>> words = page->textList();
        for (const std::unique_ptr<Poppler::TextBox> &word : words) {
            const QString text = word->text();
            for (int k = 0; k < text.size(); ++k) {
                const qsizetype before = pageText.size();
                fold(text.mid(k, 1), pageText);
                QRectF box = word->charBoundingBox(k);
                if (box.isEmpty())
                    box = word->boundingBox();
                for (qsizetype c = before; c < pageText.size(); ++c)
                    chars.append({n, box});
            }
        }
        report(40 * (n + 1) / std::max(1, pageCount), QStringLiteral("Reading the original pages"));
    }

    // The analysis text, folded, with each folded character's offset in the text.
    QString text;
    QVector<int> offsets;
    for (qsizetype i = 0; i < analysis.text.size(); ++i) {
        const qsizetype before = text.size();
        fold(analysis.text.mid(i, 1), text);
        for (qsizetype c = before; c < text.size(); ++c)
            offsets.append(int(i));
    }
    report(42, QStringLiteral("Finding the words on the pages"));
    const QVector<int> map = TextAligner::align(text, pageText);
    if (cancel && cancel->isCancelled())
        return cancelled();

    const QVector<ExportMention> mentions = MentionList::collect(analysis, m_types);
    QVector<PdfHighlight> highlights;
    int placed = 0;
    for (qsizetype m = 0; m < mentions.size(); ++m) {
        const ExportMention &mention = mentions[m];
        const qsizetype first =
            std::lower_bound(offsets.cbegin(), offsets.cend(), mention.start) - offsets.cbegin();
        const qsizetype last =
            std::lower_bound(offsets.cbegin(), offsets.cend(), mention.end) - offsets.cbegin();
        if (first >= last)
            continue;
        QVector<int> positions;
        for (qsizetype i = first; i < last; ++i)
            if (map[i] >= 0)
                positions.append(map[i]);
        // Accept the alignment when the characters landed together (a hyphen may sit between).
        bool together = positions.size() == last - first;
        for (qsizetype k = 1; together && k < positions.size(); ++k)
            together = positions[k] > positions[k - 1] && positions[k] - positions[k - 1] <= 2;
        if (!together) {
            // Search for the words near where the alignment put their neighbours.
            qsizetype anchor = -1;
            for (qsizetype i = first; i >= 0 && anchor < 0; --i)
                anchor = map[i];
            const QString needle = text.mid(first, last - first);
            positions.clear();
            if (anchor >= 0 && !needle.isEmpty()) {
                qsizetype best = -1;
                const qsizetype from = std::max<qsizetype>(0, anchor - kSearchWindow);
                for (qsizetype at = pageText.indexOf(needle, from); at >= 0 && at <= anchor + kSearchWindow;
                     at = pageText.indexOf(needle, at + 1))
                    if (best < 0 || std::abs(at - anchor) < std::abs(best - anchor))
                        best = at;
                if (best >= 0)
                    for (qsizetype k = 0; k < needle.size(); ++k)
                        positions.append(int(best + k));
            }
        }
        if (positions.isEmpty())
            continue;
        // Cover what lies between the characters too: the hyphen of a word broken at a line end.
        QVector<int> covered;
        for (int at = positions.first(); at <= positions.last(); ++at)
            covered.append(at);
        positions = covered;
        ++placed;
        // One quad per line piece: a new piece where the page changes or the next character
        // is not on the current line.
        PdfHighlight *current = nullptr;
        QRectF piece;
        auto flush = [&] {
            if (current && !piece.isEmpty()) {
                const QSizeF size = pageSizes.value(current->page);
                if (size.width() > 0 && size.height() > 0)
                    current->rects.append(QRectF(piece.left() / size.width(), piece.top() / size.height(),
                                                 piece.width() / size.width(),
                                                 piece.height() / size.height()));
            }
            piece = QRectF();
        };
        for (int at : positions) {
            const PageChar &c = chars[at];
            if (!current || current->page != c.page) {
                flush();
                PdfHighlight h;
                h.page = c.page;
                h.note = mention.note;
                h.color = mention.background;
                h.uniqueName = QStringLiteral("articlelens-%1-%2-p%3").arg(mention.id).arg(m).arg(c.page + 1);
                highlights.append(h);
                current = &highlights.last();
            }
            const double middle = c.box.center().y();
            if (!piece.isEmpty() &&
                (middle < piece.top() || middle > piece.bottom() || c.box.left() < piece.left() - 1))
                flush();
            piece = piece.isEmpty() ? c.box : piece.united(c.box);
        }
        flush();
    }
    highlights.removeIf([](const PdfHighlight &h) { return h.rects.isEmpty(); });
    report(50, QStringLiteral("Adding annotations"));
    int appearances = 0;
    Result<QByteArray> annotated = PdfHighlightWriter::apply(
        sourcePdf, highlights, cancel,
        [&](int done, int total) {
            report(50 + 48 * done / std::max(1, total), QStringLiteral("Adding annotations"));
        },
        &appearances);
    if (!annotated.ok())
        return annotated;
    if (summary) {
        summary->mentions = int(mentions.size());
        summary->placed = placed;
        summary->annotations = int(highlights.size());
        summary->appearances = appearances;
        summary->pages = pageCount;
    }
    return annotated;
}

Result<PdfAnnotator::Summary> PdfAnnotator::write(const Analysis &analysis, const QString &sourcePdf,
                                                  const QString &outputPath, const CancelToken *cancel,
                                                  const ProgressFunction &progress) const
{
    if (const Result<bool> safe = OutputGuard::check(outputPath, {sourcePdf, analysis.path}); !safe.ok())
        return Result<Summary>::failure(safe.error());
    QFile source(sourcePdf);
    if (!source.open(QIODevice::ReadOnly))
        return Result<Summary>::failure(
            QStringLiteral("The original PDF %1 cannot be read: %2").arg(sourcePdf, source.errorString()));
    const QByteArray bytes = source.readAll();
    source.close();
    Summary summary;
    const Result<QByteArray> annotated = render(analysis, bytes, cancel, progress, &summary);
    if (!annotated.ok())
        return Result<Summary>::failure(annotated.error());
    if (cancel && cancel->isCancelled())
        return Result<Summary>::failure(QStringLiteral("Export cancelled."));
    const Result<bool> saved = PdfExporter::saveFile(annotated.value(), outputPath);
    if (!saved.ok())
        return Result<Summary>::failure(saved.error());
    if (progress)
        progress(100, QStringLiteral("Saved"));
    return summary;
}

} // namespace al
