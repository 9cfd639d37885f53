#pragma once

#include "analysis.h"

#include <QAbstractItemModel>
#include <QHash>

namespace al {

// The actors of an analysis as a two-level tree for the side panel: groups People,
// Organisations, Places and Other (in that order, only those with actors), and under each its
// actors with their name, a subtitle (first role · affiliation) and their number of mentions
// (names and references). Read-only; reset by setAnalysis(), or by setContents() with what
// build() made on a worker thread (a long article has thousands of actors). Sorting and
// filtering are the proxy's business (ActorFilterModel).
class ActorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        ActorIdRole = Qt::UserRole + 1, // QString, empty on group rows
        TypeRole,                       // PERSON, ORGANIZATION, LOCATION, MISC
        MentionsRole,                   // int
        SubtitleRole,                   // "US secretary of state · United States"
        SearchRole,                     // name, aliases, roles and affiliation, for the filter
        GroupOrderRole,                 // int: the group's place, on group rows
    };
    enum Column { NameColumn, MentionsColumn, ColumnCount };

    explicit ActorModel(QObject *parent = nullptr);

    // Everything the model shows, computed once: build() is thread-safe.
    struct Contents
    {
        struct Row
        {
            Actor actor;
            QString subtitle;
            QString search;
            int mentions = 0;
            int nameOrder = 0; // place in the name order (locale-aware)
        };
        struct Group
        {
            QString type;
            QVector<int> actors; // indices into rows
            int mentions = 0;
        };
        QVector<Row> rows;
        QVector<Group> groups;
        QHash<QString, QPair<int, int>> where; // actor id → (group, row in group)
    };
    static Contents build(const Analysis &analysis);
    void setContents(Contents contents);

    void setAnalysis(const Analysis &analysis);
    void clear();
    const Actor *actor(const QString &id) const;
    QModelIndex indexOf(const QString &actorId, int column = NameColumn) const;
    int actorCount() const { return int(m_contents.rows.size()); }
    // For the proxy's sorting, without a QVariant per comparison; -1 on group rows.
    int mentionsAt(const QModelIndex &index) const;
    int nameOrderAt(const QModelIndex &index) const;

    static QString groupLabel(const QString &type);
    static QStringList groupTypes();             // the types in display order
    static QString groupOf(const QString &type); // MISC for unknown types

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const Contents::Row *rowAt(const QModelIndex &index) const;

    Contents m_contents;
};

} // namespace al
