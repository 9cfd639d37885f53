#pragma once

#include "libraryrecords.h"

#include <QTextBrowser>

namespace al {

// An actor's card in the library: its name, type, side, roles and other names; every article
// it appears in (date, title, the name and roles used there) with a link to its first mention;
// its relations across articles with the number of articles that state each. Links ask to
// open an article there (openRequested) or to show another actor (actorRequested).
class LibraryActorCard : public QTextBrowser
{
    Q_OBJECT

public:
    struct Card
    {
        LibraryActor actor;
        QVector<ActorAppearance> appearances;
        QVector<LibraryRelation> relations;
    };

    explicit LibraryActorCard(QWidget *parent = nullptr);

    void showCard(const Card &card);
    void showMessage(const QString &message);
    qint64 actor() const { return m_card.actor.id; }
    const Card &card() const { return m_card; }

Q_SIGNALS:
    void openRequested(qint64 article, int start, int end);
    void actorRequested(qint64 actor);

private:
    Card m_card;
};

} // namespace al
