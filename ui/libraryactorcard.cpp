#include "libraryactorcard.h"

#include <QLocale>
#include <QUrl>

namespace al {

LibraryActorCard::LibraryActorCard(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QStringList parts = url.path().split(QLatin1Char(':'));
        if (url.scheme() == QLatin1String("open") && parts.size() == 3)
            Q_EMIT openRequested(parts[0].toLongLong(), parts[1].toInt(), parts[2].toInt());
        else if (url.scheme() == QLatin1String("actor"))
            Q_EMIT actorRequested(url.path().toLongLong());
    });
}

void LibraryActorCard::showMessage(const QString &message)
{
    m_card = Card();
    setHtml(QStringLiteral("<p style='color:gray'>%1</p>").arg(message.toHtmlEscaped()));
}

void LibraryActorCard::showCard(const Card &card)
{
    m_card = card;
    const LibraryActor &a = card.actor;
    const QLocale locale;
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(a.name.toHtmlEscaped());
    QStringList facts{a.type.toLower()};
    if (!a.side.isEmpty())
        facts << tr("side: %1").arg(a.side);
    facts << tr("%n article(s)", nullptr, a.articles) << tr("%n mention(s)", nullptr, a.mentions);
    html += QStringLiteral("<p style='color:gray; margin-top:0'>%1</p>")
                .arg(facts.join(QStringLiteral(" \u00b7 ")).toHtmlEscaped());
    if (!a.roles.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Roles:"), a.roles.join(QStringLiteral("; ")).toHtmlEscaped());
    if (!a.aliases.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Also called:"), a.aliases.join(QStringLiteral(", ")).toHtmlEscaped());

    html += QStringLiteral("<p><b>%1</b></p><ul style='margin-left:-20px'>").arg(tr("Articles"));
    for (const ActorAppearance &p : card.appearances) {
        QString line =
            QStringLiteral("%1 <a href='open:%2:%3:%4'>%5</a>")
                .arg(p.articleDate.isValid() ? locale.toString(p.articleDate, QStringLiteral("d MMM yyyy"))
                                             : tr("undated"))
                .arg(p.article)
                .arg(p.firstStart)
                .arg(p.firstEnd)
                .arg(p.articleTitle.toHtmlEscaped());
        QStringList there;
        if (p.name.compare(a.name, Qt::CaseInsensitive) != 0)
            there << tr("as \u201c%1\u201d").arg(p.name);
        if (!p.roles.isEmpty())
            there << p.roles.join(QStringLiteral("; "));
        if (p.pinned)
            there << tr("placed by you");
        if (!there.isEmpty())
            line += QStringLiteral(" <span style='color:gray'>(%1)</span>")
                        .arg(there.join(QStringLiteral(", ")).toHtmlEscaped());
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ul>");
    if (!card.relations.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul style='margin-left:-20px'>")
                    .arg(tr("Relations across articles"));
        for (const LibraryRelation &r : card.relations) {
            // Subject, predicate, object, as the articles put it.
            const QString other =
                QStringLiteral("<a href='actor:%1'>%2</a>").arg(r.other).arg(r.otherName.toHtmlEscaped());
            const QString self = a.name.toHtmlEscaped();
            const QString label = QStringLiteral("<i>%1</i>").arg(r.label.toHtmlEscaped());
            html += QStringLiteral("<li>%1 %2 %3 <span style='color:gray'>(%4)</span></li>")
                        .arg(r.outgoing ? self : other, label, r.outgoing ? other : self,
                             tr("%n article(s)", nullptr, r.articles));
        }
        html += QStringLiteral("</ul>");
    }
    setHtml(html);
}

} // namespace al
