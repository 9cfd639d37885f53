#include "libraryhitsview.h"

#include <QLocale>
#include <QUrl>

namespace al {

LibraryHitsView::LibraryHitsView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QStringList parts = url.path().split(QLatin1Char(':'));
        if (url.scheme() == QLatin1String("open") && parts.size() == 3)
            Q_EMIT openRequested(parts[0].toLongLong(), parts[1].toInt(), parts[2].toInt());
    });
}

QString LibraryHitsView::markedSentence(const SearchHit &hit)
{
    QString html;
    int at = 0;
    for (const auto &[start, end] : hit.highlights) {
        if (start < at || end > hit.sentence.size())
            continue;
        html += hit.sentence.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<span style='background-color:#ffe066; color:#000'><b>%1</b></span>")
                    .arg(hit.sentence.mid(start, end - start).toHtmlEscaped());
        at = end;
    }
    html += hit.sentence.mid(at).toHtmlEscaped();
    return html;
}

void LibraryHitsView::showHits(const QVector<SearchHit> &hits, int total, const QString &what)
{
    m_hits = hits;
    QString html =
        QStringLiteral("<p style='color:palette(mid)'>%1</p>")
            .arg(hits.isEmpty()
                     ? tr("No article matches %1.").arg(what.toHtmlEscaped())
                     : tr("%1 of %2 articles for %3").arg(hits.size()).arg(total).arg(what.toHtmlEscaped()));
    const QLocale locale;
    for (const SearchHit &h : hits) {
        const QString meta =
            QStringList{h.date.isValid() ? locale.toString(h.date, QStringLiteral("d MMM yyyy"))
                                         : tr("undated"),
                        h.source}
                .join(QStringLiteral(" \u00b7 "));
        html += QStringLiteral("<p style='margin-bottom:12px'><a href='open:%1:%2:%3'><b>%4</b></a>"
                               "&nbsp;&nbsp;<span style='color:gray'>%5</span><br>%6</p>")
                    .arg(h.article)
                    .arg(h.sentenceStart)
                    .arg(h.sentenceEnd)
                    .arg(h.title.toHtmlEscaped(), meta.toHtmlEscaped(), markedSentence(h));
    }
    setHtml(html);
}

void LibraryHitsView::showMessage(const QString &message)
{
    m_hits.clear();
    setHtml(QStringLiteral("<p style='color:gray'>%1</p>").arg(message.toHtmlEscaped()));
}

} // namespace al
